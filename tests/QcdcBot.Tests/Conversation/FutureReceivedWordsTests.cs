namespace QcdcBot.Tests.Conversation;

/// <summary>A received date said in words that means the future ("ngày mai", "thứ 6 này") is refused like a typed future date.</summary>
public sealed class FutureReceivedWordsTests
{
    [Theory]
    [InlineData("ban giay nhan ngay mai", "9/12/2026")]
    [InlineData("van thu nhan chiều mai", "9/12/2026")]
    [InlineData("nhan ngay kia", "10/12/2026")]
    [InlineData("ban giay, van thu se nhan thu 6 nay", "11/12/2026")]
    [InlineData("bản giấy nhận thứ 2 tuần sau", "14/12/2026")]
    [InlineData("ban giay nhan tuan sau", "14/12/2026")]
    [InlineData("van thu se nhan thu 5", "10/12/2026")]
    public async Task A_future_received_day_in_words_is_refused_and_nothing_is_written(string note, string day)
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 7, 9, 0);
        var deadline = await bot.AssignAsync("Báo cáo tổng kết công tác dân vận năm 2026 trước ngày 20/12/2026");
        bot.SetLocalTime(2026, 12, 8, 10, 0);
        var before = await bot.SnapshotAsync();

        var reply = (await bot.SayAsync(BotHarness.Admin, $"/ghinhan NHNN #{deadline.Id} {note}")).Text();

        Assert.Contains($"Ngày nhận {day} chưa tới", reply, StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
    }

    [Fact]
    public async Task This_weeks_past_weekday_and_a_plain_weekday_are_read_as_days_gone_by()
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 7, 9, 0);
        var deadline = await bot.AssignAsync("Báo cáo tổng kết công tác dân vận năm 2026 trước ngày 20/12/2026");
        bot.SetLocalTime(2026, 12, 9, 10, 0);

        var thisMonday = (await bot.SayAsync(BotHarness.Admin, $"/ghinhan NHNN #{deadline.Id} ban giay nhan thu 2 nay")).Text();
        await bot.SayAsync(BotHarness.Admin, "2");
        var plainFriday = (await bot.SayAsync(BotHarness.Admin, $"/ghinhan NHNN #{deadline.Id} ban giay nhan thu 6")).Text();

        Assert.Contains("nhận ngày 7/12/2026", thisMonday, StringComparison.Ordinal);
        Assert.Contains("nhận ngày 4/12/2026", plainFriday, StringComparison.Ordinal);
    }
}
