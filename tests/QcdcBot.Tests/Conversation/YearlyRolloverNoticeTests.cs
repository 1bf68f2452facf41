using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>Next year's deadline made by /donghan is announced to its units as /giao announces one, after a day-off choice when there is one.</summary>
public sealed class YearlyRolloverNoticeTests
{
    [Fact]
    public async Task Closing_a_yearly_deadline_tells_its_units_of_next_years()
    {
        await using var bot = await BotHarness.CreateAsync(new DateTimeOffset(2027, 1, 4, 3, 0, 0, TimeSpan.Zero));
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        var yearly = await bot.AssignAsync("Sơ kết công tác tuyên truyền năm 2026 trước 20/1/2027 hằng năm");

        var closed = await bot.SayConfirmedAsync(BotHarness.Admin, $"/donghan #{yearly.Id}");

        var next = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        var told = Assert.Single(closed.Proactive, p => p.To.ChatId == secretary && p.Message.Text.Contains("Việc mới", StringComparison.Ordinal));
        Assert.Contains($"📌 Việc mới #{next.Id}", told.Message.Text, StringComparison.Ordinal);
        Assert.Contains("20/1/2028", told.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Next_years_date_on_a_day_off_is_announced_once_with_the_date_chosen()
    {
        await using var bot = await BotHarness.CreateAsync(new DateTimeOffset(2027, 1, 4, 3, 0, 0, TimeSpan.Zero));
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var yearly = await bot.AssignAsync("Báo cáo kết quả dân vận khéo năm 2026 trước 15/1/2027 hằng năm");

        var closed = await bot.SayConfirmedAsync(BotHarness.Admin, $"/donghan #{yearly.Id}");
        Assert.DoesNotContain(closed.Proactive, p => p.To.ChatId == secretary && p.Message.Text.Contains("Việc mới", StringComparison.Ordinal));
        // Read and answered a while later: an answer, not a double tap of the number before.
        bot.Time.Advance(TimeSpan.FromSeconds(30));
        var chosen = await bot.SayAsync(BotHarness.Admin, "1");

        var told = Assert.Single(chosen.Proactive, p => p.To.ChatId == secretary && p.Message.Text.Contains("Việc mới", StringComparison.Ordinal));
        Assert.Contains("14/1/2028", told.Message.Text, StringComparison.Ordinal);
    }
}
