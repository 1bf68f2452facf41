using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A received date earlier than the day the deadline was given is most likely a slip: the confirmation says so before
/// anything is written, and the office may still record it as typed.
/// </summary>
public sealed class ReceivedBeforeCreationTests
{
    [Theory]
    [InlineData("bản giấy, văn thư nhận ngày 15/10/2024", "15/10/2024")]
    [InlineData("iOffice nhan 3/10", "3/10/2024")]
    public async Task A_received_date_before_the_deadline_was_given_is_pointed_out_and_can_still_be_recorded(string note, string day)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo kết quả đối thoại trước ngày 30/10/2024 cho KBNN");

        var asked = await bot.SayAsync(BotHarness.Admin, $"/ghinhan KBNN #{deadline.Id} {note}");

        Assert.Contains($"ngày nhận {day} trước cả ngày giao việc 20/10/2024", asked.Text(), StringComparison.Ordinal);
        await bot.SayAsync(BotHarness.Admin, "1");
        Assert.NotNull(await bot.Get<SubmissionStore>().LatestAsync((await bot.UnitAsync("KBNN")).Id, deadline.Id));
    }

    [Fact]
    public async Task A_received_date_after_the_deadline_was_given_says_nothing_of_it()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo kết quả đối thoại trước ngày 30/10/2024 cho KBNN");
        bot.SetLocalTime(2024, 10, 25, 9, 0);

        var asked = await bot.SayAsync(BotHarness.Admin, $"/ghinhan KBNN #{deadline.Id} bản giấy nhận hôm qua");

        Assert.DoesNotContain("trước cả ngày giao việc", asked.Text(), StringComparison.Ordinal);
    }
}
