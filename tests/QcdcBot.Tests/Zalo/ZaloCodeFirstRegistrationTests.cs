using QcdcBot.Storage.Members;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// A stranger's message that opens with "Mã đăng ký" (which joins into the office's /madangky) registers as /dangky
/// does; a used or unknown code in that form says so, never "chưa đăng ký"; a stranger's photo is said not to be kept.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("57a0000d166b88fe6d6a9", "Mã đăng ký: {0} ạ")]
    [InlineData("57a0000d266b88fe6d6a9", "ma dang ky: {0} a")]
    [InlineData("57a0000d366b88fe6d6a9", "MDK {0}")]
    [InlineData("57a0000d466b88fe6d6a9", "Mã ĐK {0}")]
    public async Task A_message_opening_with_the_registration_code_words_registers(string user, string format)
    {
        var unit = (await _host.Get<UnitStore>().FindByCodeAsync("NHNN"))!;
        var code = (await _host.Get<InviteStore>().CreateAsync(unit.Id, TimeSpan.FromDays(1), "test")).Code;

        _api.Enqueue(ZaloEvents.Text(user, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, code)));

        await _api.WaitForMessageAsync(user, "Đăng ký thành công");
        Assert.Equal(unit.Id, (await _host.Get<MemberStore>().FindAsync("zalo", user))!.UnitId);
    }

    [Theory]
    [InlineData("ma dang ky: {0} a")]
    [InlineData("Mã đăng ký: {0}")]
    public async Task A_used_code_after_the_registration_code_words_says_the_code_is_wrong_or_used(string format)
    {
        var unit = (await _host.Get<UnitStore>().FindByCodeAsync("NHNN"))!;
        var code = (await _host.Get<InviteStore>().CreateAsync(unit.Id, TimeSpan.FromDays(1), "test")).Code;
        _api.Enqueue(ZaloEvents.Text("57a0000e166b88fe6d6a9", "/dangky " + code));
        await _api.WaitForMessageAsync("57a0000e166b88fe6d6a9", "Đăng ký thành công");

        _api.Enqueue(ZaloEvents.Text(Stranger, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, code)));

        var reply = await _api.WaitForMessageAsync(Stranger, "không đúng hoặc đã được dùng");
        Assert.DoesNotContain("chưa đăng ký", reply.Text, StringComparison.Ordinal);
        Assert.Null(await _host.Get<MemberStore>().FindAsync("zalo", Stranger));
    }

    [Fact]
    public async Task A_strangers_photo_is_said_not_to_be_kept_with_how_to_register_first()
    {
        _api.Enqueue(ZaloEvents.Image(Stranger, _api.AddImage("bc.jpg", [9, 9, 9]), caption: "bc quy IV"));

        var reply = await _api.WaitForMessageAsync(Stranger, "/dangky");
        Assert.Contains("chưa lưu", reply.Text, StringComparison.Ordinal);
        Assert.Contains("gửi lại", reply.Text, StringComparison.Ordinal);
    }
}
