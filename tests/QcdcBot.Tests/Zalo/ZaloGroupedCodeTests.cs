using System.Globalization;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// A code copied in two groups of four with a dash ("9DVW-9ZQT") is read after every label and inside a sentence, as
/// /dangky reads it; a registered secretary who types a code after its label is answered as a registration (the move
/// question for another unit's code), never "chỉ dành cho Ban Tuyên giáo" or "Bot chưa hiểu".
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("57a0000f166b88fe6d6a9", "MDK {0}-{1}")]
    [InlineData("57a0000f266b88fe6d6a9", "mdk {2}-{3}")]
    [InlineData("57a0000f366b88fe6d6a9", "mdk: {2}-{3}")]
    [InlineData("57a0000f466b88fe6d6a9", "Mã đăng ký: {0} - {1} ạ")]
    [InlineData("57a0000f566b88fe6d6a9", "Em là Hùng, thư ký chi bộ Cục Thống kê, mã: {0}-{1} ạ")]
    [InlineData("57a0000f666b88fe6d6a9", "{0}-{1}")]
    public async Task A_code_typed_with_a_dash_between_its_two_halves_registers(string user, string format)
    {
        var unit = (await _host.Get<UnitStore>().FindByCodeAsync("NHNN"))!;
        var code = (await _host.Get<InviteStore>().CreateAsync(unit.Id, TimeSpan.FromDays(1), "test")).Code;

        _api.Enqueue(ZaloEvents.Text(user, string.Format(CultureInfo.InvariantCulture, format, code[..4], code[4..], code[..4].ToLowerInvariant(), code[4..].ToLowerInvariant())));

        await _api.WaitForMessageAsync(user, "Đăng ký thành công");
        Assert.Equal(unit.Id, (await _host.Get<MemberStore>().FindAsync("zalo", user))!.UnitId);
    }

    [Theory]
    [InlineData("57a0001f166b88fe6d6a9", "ma dang ky {2} {3}")]
    [InlineData("57a0001f266b88fe6d6a9", "Mã đăng ký của em: {0} {1} ạ")]
    [InlineData("57a0001f366b88fe6d6a9", "MDK {2} {3}")]
    [InlineData("57a0001f466b88fe6d6a9", "mdk: {2}-{3}")]
    public async Task A_registered_secretary_typing_another_units_code_after_its_label_is_asked_whether_to_move(string user, string format)
    {
        var (own, _) = await ZaloSeed.SecretaryAsync(_host, user, "STC");
        var other = (await _host.Get<UnitStore>().FindByCodeAsync("NHNN"))!;
        var code = (await _host.Get<InviteStore>().CreateAsync(other.Id, TimeSpan.FromDays(1), "test")).Code;

        _api.Enqueue(ZaloEvents.Text(user, string.Format(CultureInfo.InvariantCulture, format, code[..4], code[4..], code[..4].ToLowerInvariant(), code[4..].ToLowerInvariant())));

        var asked = await _api.WaitForMessageAsync(user, "Chuyển sang " + other.Name);
        Assert.Contains("đang là người nộp báo cáo của " + own.Name, asked.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_api.MessagesTo(user), m => m.Contains("chỉ dành cho", StringComparison.Ordinal) || m.Contains("chưa hiểu", StringComparison.Ordinal));
        Assert.Equal(own.Id, (await _host.Get<MemberStore>().FindAsync("zalo", user))!.UnitId);
    }
}
