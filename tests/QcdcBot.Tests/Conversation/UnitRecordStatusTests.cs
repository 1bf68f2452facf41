namespace QcdcBot.Tests.Conversation;

/// <summary>/donvi shows a unit's status reply only while it says more than its latest submission.</summary>
public sealed class UnitRecordStatusTests
{
    [Fact]
    public async Task A_status_reply_older_than_the_latest_submission_is_not_shown_as_the_units_state()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo A trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SayAsync(secretary, $"chi bo dang lam #{deadline.Id}");
        bot.Time.Advance(TimeSpan.FromHours(2));
        await bot.SendFileAsync(secretary, "bc.pdf", [1, 2, 3], caption: $"#{deadline.Id}");

        var record = await bot.SayAsync(BotHarness.Admin, "/donvi NHNN");

        Assert.Contains("Nộp ", record.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Trạng thái:", record.Text(), StringComparison.Ordinal);
    }
}
