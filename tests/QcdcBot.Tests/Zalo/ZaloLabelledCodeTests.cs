using System.Globalization;
using QcdcBot.Storage.Members;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// A stranger's code typed after a label ("MDK …", "ma dk: …", "mã: …") registers when it is the code, and otherwise
/// gets the shape expected, never "bạn chưa đăng ký" as if nothing had been typed.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("MDK 12345")]
    [InlineData("ma dk: 12345")]
    [InlineData("mã: 1234 567")]
    [InlineData("MDK12345")]
    [InlineData("mã đăng ký: 12345 ạ")]
    public async Task A_labelled_code_of_the_wrong_shape_gets_the_shape_expected(string typed)
    {
        _api.Enqueue(ZaloEvents.Text(Stranger, typed));

        var reply = await _api.WaitForMessageAsync(Stranger, "Mã đăng ký gồm 8 chữ và số");
        Assert.Contains("/dangky ABCD2345", reply.Text, StringComparison.Ordinal);
        Assert.Null(await _host.Get<MemberStore>().FindAsync("zalo", Stranger));
    }

    [Theory]
    [InlineData("MDK {0}")]
    [InlineData("ma dk: {0}")]
    [InlineData("mã: {0} ạ")]
    public async Task A_labelled_real_code_registers(string typed)
    {
        var unit = (await _host.Get<QcdcBot.Storage.Units.UnitStore>().FindByCodeAsync("NHNN"))!;
        var invite = await _host.Get<InviteStore>().CreateAsync(unit.Id, TimeSpan.FromDays(1), "test");

        _api.Enqueue(ZaloEvents.Text(Stranger, string.Format(CultureInfo.InvariantCulture, typed, invite.Code)));

        await _api.WaitForMessageAsync(Stranger, "Đăng ký thành công");
        Assert.Equal(unit.Id, (await _host.Get<MemberStore>().FindAsync("zalo", Stranger))!.UnitId);
    }

    [Theory]
    [InlineData("MDK {0} {1}")]
    [InlineData("mdk {0}{1}")]
    [InlineData("ma dang ky: {0}{1}")]
    public async Task A_labelled_code_of_letters_only_typed_in_lower_case_registers(string typed)
    {
        var unit = (await _host.Get<QcdcBot.Storage.Units.UnitStore>().FindByCodeAsync("NHNN"))!;
        var code = await LettersOnlyCodeAsync(unit.Id);

        _api.Enqueue(ZaloEvents.Text(Stranger, string.Format(CultureInfo.InvariantCulture, typed, code[..4].ToLowerInvariant(), code[4..].ToLowerInvariant())));

        await _api.WaitForMessageAsync(Stranger, "Đăng ký thành công");
        Assert.Equal(unit.Id, (await _host.Get<MemberStore>().FindAsync("zalo", Stranger))!.UnitId);
    }

    /// <summary>An invite whose code has no digit (about one in five does): made until one comes out so.</summary>
    private async Task<string> LettersOnlyCodeAsync(long unitId)
    {
        for (var i = 0; i < 500; i++)
        {
            var invite = await _host.Get<InviteStore>().CreateAsync(unitId, TimeSpan.FromDays(1), "test");
            if (invite.Code.All(char.IsAsciiLetter))
            {
                return invite.Code;
            }
        }

        throw new InvalidOperationException("No invite code of letters only in 500 tries.");
    }
}
