using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>/mohan restarts reminders to every unit still missing: it names the deadline and waits for a yes, like closing.</summary>
public sealed class ReopenConfirmationTests
{
    [Theory]
    [InlineData("/huyhan", "đã hủy", "/mohan {0}")]
    [InlineData("/donghan", "đã kết thúc", "mo han #{0}")]
    public async Task Mohan_names_the_ended_deadline_and_opens_it_only_after_a_yes(string end, string state, string reopen)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await EndedAsync(bot, end);
        bot.SetLocalTime(2024, 11, 5, 9, 0);
        var ended = (await bot.Get<DeadlineStore>().GetAsync(deadline.Id))!.State;

        var asked = (await bot.SayAsync(BotHarness.Admin, string.Format(System.Globalization.CultureInfo.InvariantCulture, reopen, deadline.Id))).Text();
        var stillEnded = (await bot.Get<DeadlineStore>().GetAsync(deadline.Id))!.State;
        var yes = (await bot.SayAsync(BotHarness.Admin, "1")).Text();

        Assert.Contains($"Mở lại việc #{deadline.Id} \"{deadline.Title}\" ({state}; hạn 31/10/2024, quá hạn 5 ngày)?", asked, StringComparison.Ordinal);
        Assert.Equal(ended, stillEnded);
        Assert.NotEqual(DeadlineState.Open, stillEnded);
        Assert.Contains("Đã mở lại", yes, StringComparison.Ordinal);
        Assert.Equal(DeadlineState.Open, (await bot.Get<DeadlineStore>().GetAsync(deadline.Id))!.State);
    }

    [Fact]
    public async Task A_no_to_mohan_leaves_the_deadline_ended()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await EndedAsync(bot, "/donghan");

        await bot.SayAsync(BotHarness.Admin, $"/mohan #{deadline.Id}");
        await bot.SayAsync(BotHarness.Admin, "thôi");

        Assert.Equal(DeadlineState.Closed, (await bot.Get<DeadlineStore>().GetAsync(deadline.Id))!.State);
    }

    /// <summary>A deadline due 31/10/2024, ended with <paramref name="end"/> (/donghan or /huyhan) and its confirmation.</summary>
    private static async Task<Deadline> EndedAsync(BotHarness bot, string end)
    {
        var deadline = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"{end} #{deadline.Id}");
        return deadline;
    }
}
