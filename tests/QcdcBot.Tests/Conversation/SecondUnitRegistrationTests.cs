using QcdcBot.Storage.Members;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// One chat account serves one unit: registering for a second unit explains that and how to serve both, and the
/// way it names (declining, then the same code from another account) works.
/// </summary>
public sealed class SecondUnitRegistrationTests
{
    [Theory]
    [InlineData("/start {0}", "2")]
    [InlineData("/dangky {0}", "không")]
    public async Task Declining_keeps_the_first_unit_and_the_same_code_registers_another_account_for_the_second(string command, string decline)
    {
        await using var bot = await BotHarness.CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("SKHCN");
        var code = (await bot.Get<InviteStore>().CreateAsync((await bot.UnitAsync("LHHKHKT")).Id, TimeSpan.FromDays(14), "test:admin")).Code;

        var asked = (await bot.SayAsync(secretary, string.Format(System.Globalization.CultureInfo.InvariantCulture, command, code))).Text();
        var declined = await bot.SayAsync(secretary, decline);
        var other = (await bot.SayAsync("so-dien-thoai-thu-2", "/dangky " + code)).Text();

        Assert.Contains("Mỗi tài khoản chat chỉ nộp cho một đơn vị", asked, StringComparison.Ordinal);
        Assert.Contains("Nếu bạn làm thư ký cả hai đơn vị", asked, StringComparison.Ordinal);
        Assert.Contains("bằng một tài khoản chat khác với cùng mã này", asked, StringComparison.Ordinal);
        Assert.Empty(declined.Proactive);
        Assert.Equal((await bot.UnitAsync("SKHCN")).Id, (await bot.Get<MemberStore>().FindAsync(BotHarness.Channel, secretary))!.UnitId);
        Assert.Contains("Đăng ký thành công", other, StringComparison.Ordinal);
        Assert.Equal((await bot.UnitAsync("LHHKHKT")).Id, (await bot.Get<MemberStore>().FindAsync(BotHarness.Channel, "so-dien-thoai-thu-2"))!.UnitId);
    }
}
