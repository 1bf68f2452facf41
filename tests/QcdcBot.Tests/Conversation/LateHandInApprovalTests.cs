namespace QcdcBot.Tests.Conversation;

/// <summary>/duyet of a request from a unit that handed in late says the approval re-grades it, not that it is no longer needed.</summary>
public sealed class LateHandInApprovalTests
{
    [Fact]
    public async Task Approving_after_a_late_hand_in_says_how_late_and_that_it_would_count_on_time()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo tự kiểm tra dân vận trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("SKHDT");
        bot.SetLocalTime(2024, 10, 28, 9, 0);
        await bot.SayAsync(secretary, "xin gia hạn đến 1/11/2024 vì chờ thủ trưởng ký");
        await bot.SendFileAsync(secretary, "tu-kiem-tra.docx", [5, 6, 7, 8]);

        var asked = (await bot.SayAsync(BotHarness.Admin, "/duyet 1")).Text();

        Assert.Contains("bài nộp trễ 3 ngày, đồng ý thì được tính đúng hạn", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("không còn cần", asked, StringComparison.Ordinal);
        Assert.Contains("tính là đúng hạn", (await bot.SayAsync(BotHarness.Admin, "1")).Text(), StringComparison.Ordinal);
    }
}
