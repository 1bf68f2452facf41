namespace QcdcBot.Tests.Conversation;

/// <summary>A received date typed without a year is this year's: one still to come is refused, never moved to last year.</summary>
public sealed class ReceivedDateYearTests
{
    [Fact]
    public async Task A_day_month_still_to_come_this_year_is_refused_not_taken_as_last_year()
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 11, 20, 9, 0);
        var deadline = await bot.AssignAsync("Báo cáo QCDC năm 2026 trước ngày 10/12/2026");
        bot.SetLocalTime(2026, 11, 29, 10, 0);
        var before = await bot.SnapshotAsync();

        var typed = (await bot.SayAsync(BotHarness.Admin, $"/ghinhan NHNN #{deadline.Id} ban giay, van thu nhan ngay 3/12")).Text();
        var withFile = (await bot.SendFileAsync(BotHarness.Admin, "bc.pdf", [5], $"/ghinhan NHNN #{deadline.Id} nhận ngày 3/12")).Text();

        Assert.Contains("Ngày nhận 3/12/2026 chưa tới", typed, StringComparison.Ordinal);
        Assert.Contains("ghi rõ năm", typed, StringComparison.Ordinal);
        Assert.DoesNotContain("2025", typed.Replace("3/12/2025", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Ngày nhận 3/12/2026 chưa tới", withFile, StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
    }

    [Fact]
    public async Task A_paper_record_shows_the_received_day_without_an_invented_time()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        bot.SetLocalTime(2024, 10, 22, 15, 30);

        await bot.SayConfirmedAsync(BotHarness.Admin, $"/ghinhan NHNN #{deadline.Id} bản giấy nhận ngày 21/10");
        var record = (await bot.SayAsync(BotHarness.Admin, "/donvi NHNN")).Text();

        Assert.Contains("Nộp 21/10/2024 (", record, StringComparison.Ordinal);
        Assert.DoesNotContain("12:00", record, StringComparison.Ordinal);
    }
}
