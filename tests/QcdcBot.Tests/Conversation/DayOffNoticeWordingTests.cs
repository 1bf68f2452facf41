namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A new deadline's notice to the units says when its due date is a day off, as the reminders do: the day-off question
/// answered "keep" or left unanswered sends the notice with the date as it is, and the units should know.
/// </summary>
public sealed class DayOffNoticeWordingTests
{
    [Theory]
    [InlineData("/giao Báo cáo tình hình tư tưởng trước 2/9/2025 cho CTK, TTRA", "/hanchot", "Hạn: Thứ Ba, 2/9/2025 (còn 13 ngày; ngày nghỉ: Quốc khánh)\n")]
    [InlineData("/giao Danh sách cán bộ nguồn hạn chót 7/9/2025 cho CTK", "2", "Hạn: Chủ nhật, 7/9/2025 (còn 18 ngày; ngày nghỉ)\n")]
    [InlineData("/giao Danh sách cán bộ nguồn hạn chót 6/9/2025 cho CTK", "2", "Hạn: Thứ Bảy, 6/9/2025 (còn 17 ngày; ngày nghỉ)\n")]
    public async Task A_notice_for_a_due_date_kept_on_a_day_off_names_the_day_off_in_one_bracket_with_the_time_left_without_saying_the_weekday_twice(string assign, string answer, string said)
    {
        await using var bot = await BotHarness.CreateAsync(new DateTimeOffset(2025, 8, 20, 3, 0, 0, TimeSpan.Zero));
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        await bot.SayAsync(BotHarness.Admin, assign);
        var answered = await bot.SayAsync(BotHarness.Admin, answer);

        var notice = Assert.Single(answered.Proactive, p => p.To.ChatId == secretary).Message.Text;
        Assert.Contains(said, notice, StringComparison.Ordinal);
        Assert.DoesNotContain(") (", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_notice_for_a_due_date_moved_to_a_working_day_says_no_day_off()
    {
        await using var bot = await BotHarness.CreateAsync(new DateTimeOffset(2025, 8, 20, 3, 0, 0, TimeSpan.Zero));
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        await bot.SayAsync(BotHarness.Admin, "/giao Danh sách cán bộ nguồn hạn chót 7/9/2025 cho CTK");
        var moved = await bot.SayAsync(BotHarness.Admin, "dời");

        Assert.DoesNotContain("ngày nghỉ", Assert.Single(moved.Proactive, p => p.To.ChatId == secretary).Message.Text, StringComparison.Ordinal);
    }
}
