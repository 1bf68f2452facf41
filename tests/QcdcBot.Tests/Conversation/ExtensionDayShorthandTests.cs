using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Issue 12 point 6 (tester12f F8): "t6 tuần sau", "mùng 5 tháng 1", "5 thg 1" in an extension request are the date
/// asked for, with the reason given beside them kept; an answer to "đến ngày nào?" made only of day words the bot does
/// not count ("đầu tháng 1", "hết tuần sau", "sang năm") is asked about again, never sent to the office as the reason.
/// </summary>
public sealed class ExtensionDayShorthandTests
{
    [Fact]
    public async Task Next_weeks_weekday_written_short_is_the_date_and_the_reason_is_kept()
    {
        var (bot, deadline, secretary) = await DueChristmasEveAsync();
        await using var _ = bot;

        await bot.SayAsync(secretary, "xin gia han bc so ket den t6 tuan sau vi chua hop");

        var request = Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline));
        Assert.Equal(new DateOnly(2027, 1, 1), request.RequestedDate);
        Assert.Contains("chua hop", request.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("t6", request.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("t6 tuan sau a", 1)]
    [InlineData("mung 5 thang 1 a", 5)]
    [InlineData("5 thg 1", 5)]
    [InlineData("den T2 tuan sau nhe", 28)]
    public async Task A_date_written_short_answers_the_until_when_question_and_is_no_reason(string answer, int day)
    {
        var (bot, deadline, secretary) = await DueChristmasEveAsync();
        await using var _ = bot;

        await bot.SayAsync(secretary, "xin lui han bc so ket a");
        await bot.SayAsync(secretary, answer);

        var request = Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline));
        Assert.Equal(day, request.RequestedDate.Day);
        Assert.DoesNotContain("mung", request.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("tuan", request.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dau thang 1")]
    [InlineData("het tuan sau")]
    [InlineData("sang nam")]
    public async Task Day_words_the_bot_does_not_count_are_asked_about_never_kept_as_the_reason(string answer)
    {
        var (bot, deadline, secretary) = await DueChristmasEveAsync();
        await using var _ = bot;

        await bot.SayAsync(secretary, "xin lui han bc so ket a");
        var reply = (await bot.SayAsync(secretary, answer)).Text();
        await bot.SayAsync(secretary, "5/1/2027");

        Assert.Contains("là ngày nào", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã ghi lý do", reply, StringComparison.Ordinal);
        var request = Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline));
        Assert.DoesNotContain(answer, request.Reason, StringComparison.Ordinal);
    }

    // Monday 21/12/2026, 09:00; the report is due Thursday 24/12.
    private static async Task<(BotHarness Bot, long Deadline, string Secretary)> DueChristmasEveAsync()
    {
        var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 21, 9, 0);
        var deadline = await bot.AssignAsync("Báo cáo sơ kết công tác dân vận trước ngày 24/12/2026");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        return (bot, deadline.Id, secretary);
    }
}
