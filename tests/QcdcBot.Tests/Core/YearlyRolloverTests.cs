using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Core;

public sealed class YearlyRolloverTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.CreateAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Closing_a_yearly_deadline_creates_next_year_s_with_the_same_scope()
    {
        var deadline = await _bot.AssignAsync("Báo cáo tự kiểm tra QCDC năm 2024 trước ngày 25/10/2024 cho BQLKCN, CTK, CDYB hằng năm");
        Assert.Equal(Recurrence.Yearly, deadline.Recurrence);

        var reply = await _bot.SayConfirmedAsync(BotHarness.Admin, $"/donghan #{deadline.Id}");

        Assert.Contains("đã tạo", reply.Text(), StringComparison.Ordinal);
        var all = await _bot.Get<DeadlineStore>().ListAsync(includeClosed: true);
        Assert.Equal(DeadlineState.Closed, all.Single(d => d.Id == deadline.Id).State);
        var next = all.Single(d => d.Id != deadline.Id);
        Assert.Equal("Báo cáo tự kiểm tra QCDC năm 2025", next.Title);
        Assert.Equal(new DateOnly(2025, 10, 25), next.DueDate);
        Assert.Equal(DeadlineScope.Units, next.Scope);
        Assert.Equal(deadline.UnitIds, next.UnitIds);
        Assert.Equal(Recurrence.Yearly, next.Recurrence);
        Assert.Equal(DeadlineState.Open, next.State);
    }

    [Fact]
    public async Task Closing_twice_changes_nothing_the_second_time()
    {
        var deadline = await _bot.AssignAsync("Kế hoạch QCDC trước ngày 10/11/2024 hằng năm");
        await _bot.SayConfirmedAsync(BotHarness.Admin, $"/donghan #{deadline.Id}");

        var again = await _bot.Get<DeadlineStore>().CloseAsync(deadline.Id, "test:admin");

        Assert.Null(again);
        Assert.Equal(2, (await _bot.Get<DeadlineStore>().ListAsync(includeClosed: true)).Count);
    }

    [Fact]
    public async Task A_one_off_deadline_closes_without_a_successor()
    {
        var deadline = await _bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 01/11/2024 cho BQLKCN");

        await _bot.SayConfirmedAsync(BotHarness.Admin, $"/donghan #{deadline.Id}");

        var all = await _bot.Get<DeadlineStore>().ListAsync(includeClosed: true);
        Assert.Equal(DeadlineState.Closed, Assert.Single(all).State);
    }
}
