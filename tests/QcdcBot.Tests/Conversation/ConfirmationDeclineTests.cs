using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>Every confirmation offers "2) Không", and a typed no ("không", "huy", "thôi", "2") declines it, changing nothing.</summary>
public sealed class ConfirmationDeclineTests
{
    [Theory]
    [InlineData("/huyhan", "không")]
    [InlineData("/huyhan", "2")]
    [InlineData("/donghan", "thôi")]
    [InlineData("/donghan", "ko")]
    [InlineData("/huyhan", "huy")]
    public async Task A_typed_no_declines_the_confirmation_and_the_deadline_stays_open(string command, string no)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");

        var asked = await bot.SayAsync(BotHarness.Admin, $"{command} #{deadline.Id}");
        var reply = (await bot.SayAsync(BotHarness.Admin, no)).Text();

        Assert.Equal(["Không"], asked.Last().Choices.Skip(1).Select(c => c.Label));
        Assert.Equal("Được, bot không làm gì cả.", reply);
        Assert.Equal(DeadlineState.Open, (await bot.Get<DeadlineStore>().GetAsync(deadline.Id))!.State);
    }

    [Fact]
    public async Task A_ghinhan_confirmation_declined_records_nothing()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        var before = await bot.SnapshotAsync();

        await bot.SayAsync(BotHarness.Admin, $"/ghinhan NHNN #{deadline.Id} bản giấy");
        var reply = (await bot.SayAsync(BotHarness.Admin, "hủy")).Text();

        Assert.Equal("Được, bot không làm gì cả.", reply);
        Assert.Equal(before, await bot.SnapshotAsync());
    }
}
