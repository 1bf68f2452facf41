using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// "đến thứ 6 tuần sau" in an extension request is the day the rest of the bot reads it as (DatePhraseParser), counted
/// from the office's today; "thứ 6 tuần sau nữa", which the bot does not count, is asked about, never read as next week's.
/// </summary>
public sealed class ExtensionDayAheadTests
{
    // Wednesday 23/10/2024, 09:00 in Hanoi; the deadline is Friday 25/10.
    private static readonly DateTimeOffset Wednesday = new(2024, 10, 23, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("xin gia han ke hoach den thu 6 tuan sau", 1, 11)]
    [InlineData("Xin gia hạn kế hoạch đến thứ Sáu tuần sau vì chưa họp", 1, 11)]
    [InlineData("cho em gia han toi thu hai tuan toi nhe", 28, 10)]
    [InlineData("/giahan thứ 5 tuần sau chờ ký", 31, 10)]
    public async Task A_weekday_of_next_week_is_the_date_asked_for(string text, int day, int month)
    {
        await using var bot = await BotHarness.CreateAsync(Wednesday);
        var deadline = await bot.AssignAsync("Kế hoạch QCDC năm 2025 trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");

        var reply = await bot.SayAsync(secretary, text);

        var asked = new DateOnly(2024, month, day);
        Assert.Contains($"đến {QcdcBot.Bot.Text.VietnameseWording.DateWithWeekday(asked)}", reply.Text(), StringComparison.Ordinal);
        var request = Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id));
        Assert.Equal(asked, request.RequestedDate);
        Assert.DoesNotContain("tuan", request.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("tuần", request.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weekday_of_next_week_answers_the_until_when_question()
    {
        await using var bot = await BotHarness.CreateAsync(Wednesday);
        var deadline = await bot.AssignAsync("Kế hoạch QCDC năm 2025 trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");

        await bot.SayAsync(secretary, "xin gia han ke hoach vi chua hop");
        await bot.SayAsync(secretary, "thu 6 tuan sau");

        Assert.Equal(new DateOnly(2024, 11, 1), Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).RequestedDate);
    }

    [Fact]
    public async Task The_week_after_next_is_asked_about_not_read_as_next_week()
    {
        await using var bot = await BotHarness.CreateAsync(Wednesday);
        var deadline = await bot.AssignAsync("Kế hoạch QCDC năm 2025 trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");

        var reply = await bot.SayAsync(secretary, "xin gia han ke hoach den thu 6 tuan sau nua");

        Assert.Empty(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id));
        Assert.Contains("ngày nào", reply.Text(), StringComparison.Ordinal);
    }
}
