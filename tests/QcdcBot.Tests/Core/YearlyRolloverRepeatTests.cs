using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Core;

/// <summary>
/// A yearly deadline closed, reopened to take one late report and closed again (office15 finding 1), and a yearly
/// deadline moved off a day off (finding 5): next year's is made once, and dated from the deadline's own day.
/// </summary>
public sealed class YearlyRolloverRepeatTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.CreateAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Closing_again_after_reopening_finds_next_year_s_deadline_instead_of_making_a_second()
    {
        var deadline = await _bot.AssignAsync("Báo cáo kết quả dân vận khéo năm 2024 trước ngày 12/12/2024 cho BQLKCN, CTK hằng năm");
        await _bot.SayConfirmedAsync(BotHarness.Admin, $"/donghan {deadline.Id}");
        var reopened = await _bot.SayConfirmedAsync(BotHarness.Admin, $"/mohan #{deadline.Id}");

        var again = await _bot.SayConfirmedAsync(BotHarness.Admin, $"/donghan #{deadline.Id}");

        var all = await _bot.Get<DeadlineStore>().ListAsync(includeClosed: true);
        var next = all.Single(d => d.Id != deadline.Id);
        Assert.Equal(2, all.Count);
        Assert.Contains($"#{next.Id}", reopened.Text(), StringComparison.Ordinal);
        Assert.Contains($"đã có từ lần kết thúc trước: #{next.Id}", again.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("đã tạo #", again.Text(), StringComparison.Ordinal);
        Assert.Equal(DeadlineState.Closed, all.Single(d => d.Id == deadline.Id).State);
    }

    [Fact]
    public async Task Next_year_s_deadline_is_dated_from_the_deadline_s_own_day_not_from_the_day_off_move()
    {
        // 17/11/2024 is a Sunday, moved to Friday 15/11; 17/11/2025 is a Monday, a working day.
        var deadline = await _bot.AssignAsync("Kế hoạch tổ chức hội nghị đối thoại năm 2025 trước 17/11/2024 hàng năm", leaveDayOffOpen: true);
        await _bot.SayAsync(BotHarness.Admin, "dời");
        Assert.Equal(new DateOnly(2024, 11, 15), (await _bot.Get<DeadlineStore>().GetAsync(deadline.Id))!.DueDate);

        var closed = await _bot.SayConfirmedAsync(BotHarness.Admin, $"/donghan #{deadline.Id}");

        var next = (await _bot.Get<DeadlineStore>().ListAsync()).Single();
        Assert.Equal(new DateOnly(2025, 11, 17), next.DueDate);
        Assert.Contains("17/11/2025", closed.Text(), StringComparison.Ordinal);
    }
}
