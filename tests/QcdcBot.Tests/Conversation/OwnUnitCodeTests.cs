using QcdcBot.Storage.Members;

namespace QcdcBot.Tests.Conversation;

/// <summary>A member typing a fresh code of their own unit (forwarded in the unit's group) is told so, and the code stays for the newcomer.</summary>
public sealed class OwnUnitCodeTests
{
    [Theory]
    [InlineData("/dangky {0}")]
    [InlineData("dang ky {0} a")]
    [InlineData("/start {0}")]
    public async Task A_member_typing_a_code_of_their_own_unit_keeps_it_unused_for_the_colleague_it_was_meant_for(string typed)
    {
        await using var bot = await BotHarness.CreateAsync();
        var member = await bot.RegisterSecretaryAsync("SKHDT");
        var code = (await bot.Get<InviteStore>().CreateAsync((await bot.UnitAsync("SKHDT")).Id, TimeSpan.FromDays(14), "test:admin")).Code;

        var told = (await bot.SayAsync(member, string.Format(System.Globalization.CultureInfo.InvariantCulture, typed, code))).Text();

        Assert.Contains("Bạn đã là người nộp báo cáo của Đảng bộ Sở Kế hoạch", told, StringComparison.Ordinal);
        Assert.Contains("chưa bị dùng", told, StringComparison.Ordinal);
        Assert.DoesNotContain("Đăng ký thành công", told, StringComparison.Ordinal);
        Assert.Contains("Đăng ký thành công", (await bot.SayAsync("nguoi-moi", "/dangky " + code)).Text(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.Get<InviteStore>().FailuresSinceAsync($"{BotHarness.Channel}:{member}", bot.Time.GetUtcNow() - TimeSpan.FromHours(1)));
    }
}
