using QcdcBot.Storage.Members;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Zalo;

/// <summary>Registration as people type it on a phone: "ki" for "ký", a trailing "a" for "ạ", the code alone or inside a sentence.</summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("57a0000c166b88fe6d6a9", "dang ky {0} {1} a")]
    [InlineData("57a0000c266b88fe6d6a9", "Dang ki {0}{1}")]
    [InlineData("57a0000c366b88fe6d6a9", "{0}{1}")]
    [InlineData("57a0000c466b88fe6d6a9", "Em là Tú bí thư chi đoàn, mã đăng ký: {0}{1} ạ")]
    public async Task A_messily_typed_registration_with_a_valid_code_registers(string user, string format)
    {
        var unit = (await _host.Get<UnitStore>().FindByCodeAsync("NHNN"))!;
        var code = (await _host.Get<InviteStore>().CreateAsync(unit.Id, TimeSpan.FromDays(1), "test")).Code;
        var typed = string.Format(System.Globalization.CultureInfo.InvariantCulture, format,
            format.StartsWith("dang ky", StringComparison.Ordinal) ? code[..4].ToLowerInvariant() : code[..4], format.StartsWith("dang ky", StringComparison.Ordinal) ? code[4..].ToLowerInvariant() : code[4..]);

        _api.Enqueue(ZaloEvents.Text(user, typed));

        await _api.WaitForMessageAsync(user, "Đăng ký thành công");
        Assert.Equal(unit.Id, (await _host.Get<MemberStore>().FindAsync("zalo", user))!.UnitId);
    }
}
