namespace QcdcBot.Tests.Conversation;

/// <summary>The secretary's /viec counts no time left or overdue days on a deadline the unit has handed in.</summary>
public sealed class HandedInTasksLineTests
{
    [Fact]
    public async Task A_deadline_handed_in_on_time_is_not_shown_overdue_weeks_later()
    {
        await using var bot = await BotHarness.CreateAsync();
        var report = await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/10/2024");
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/12/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SendFileAsync(secretary, "bc.pdf", [3, 1], $"#{report.Id}");
        bot.SetLocalTime(2024, 11, 19, 9, 0);

        var tasks = await bot.SayAsync(secretary, "/viec");

        var line = tasks.Text().Split('\n').First(l => l.StartsWith($"#{report.Id} ", StringComparison.Ordinal));
        Assert.DoesNotContain("quá hạn", line, StringComparison.Ordinal);
        Assert.Contains("✅ Đã nộp", tasks.Text(), StringComparison.Ordinal);
    }
}
