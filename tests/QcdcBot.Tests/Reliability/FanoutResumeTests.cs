using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Scheduling.Delivery;
using QcdcBot.Scheduling.Resilience;
using QcdcBot.Storage;
using QcdcBot.Storage.Reminders;
using QcdcBot.Tests.Reminders;
using static QcdcBot.Tests.Reminders.ReminderHarness;

namespace QcdcBot.Tests.Reliability;

public sealed class FanoutResumeTests : IDisposable
{
    private static readonly FanoutRequester Admin = new("telegram", "9001", "9001");
    private readonly ReminderHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task A_send_now_cut_off_part_way_is_finished_at_the_next_start_each_unit_once_and_the_admin_told()
    {
        _h.At(D(3, 2), 9);
        var units = await _h.AddUnitsAsync(10, bound: true);
        var deadline = await _h.CreateDeadlineAsync(D(3, 20));
        _h.Composer.FailAfter = 4;

        await Assert.ThrowsAsync<InvalidOperationException>(() => _h.Control.SendNowAsync(deadline.Id, Admin));
        _h.Composer.FailAfter = null;
        await Resumer().ResumeAllAsync(default);
        await Resumer().ResumeAllAsync(default);

        var ledger = await _h.Ledger.ForDeadlineAsync(deadline.Id);
        Assert.Equal(units.Select(u => u.Id).Order(), ledger.Where(e => e.Slot == "manual-2026-03-02").Select(e => e.UnitId).Order());
        Assert.Equal(10, (await _h.Outbox.AllAsync()).Count(m => m.BodyJson.Contains("manual-2026-03-02", StringComparison.Ordinal)));
        var notice = Assert.Single(await _h.Outbox.AllAsync(), m => m.BodyJson.Contains("resumed", StringComparison.Ordinal));
        Assert.Equal(("telegram", "9001"), (notice.Channel, notice.ChatId));
        Assert.Contains("resumed 4+6", notice.BodyJson, StringComparison.Ordinal);
        Assert.Empty(await _h.Fanouts.UnfinishedAsync());
    }

    [Fact]
    public async Task A_finished_send_now_leaves_nothing_to_resume()
    {
        _h.At(D(3, 2), 9);
        await _h.AddUnitsAsync(3, bound: true);
        var deadline = await _h.CreateDeadlineAsync(D(3, 20));

        await _h.Control.SendNowAsync(deadline.Id, Admin);

        Assert.Empty(await _h.Fanouts.UnfinishedAsync());
    }

    [Fact]
    public async Task A_sweep_cut_off_part_way_is_run_again_at_the_next_start()
    {
        _h.At(D(3, 2), 9);
        await _h.AddUnitsAsync(6, bound: true);
        await _h.CreateDeadlineAsync(D(3, 3));
        _h.At(D(3, 3), 9);
        // What a kill in the middle of a sweep leaves behind: its marker, and the units it got to in the ledger.
        await _h.Fanouts.BeginAsync(0, ReminderFanoutStore.SweepSlot, null);

        await Resumer().ResumeAllAsync(default);

        Assert.Equal(6, _h.Composer.Reminders);
        Assert.Empty(await _h.Fanouts.UnfinishedAsync());
    }

    [Fact]
    public async Task A_fan_out_begun_after_the_start_is_left_to_run_and_only_the_one_cut_off_before_is_resumed()
    {
        _h.At(D(3, 2), 9);
        await _h.AddUnitsAsync(5, bound: true);
        var cut = await _h.CreateDeadlineAsync(D(3, 20));
        var live = await _h.CreateDeadlineAsync(D(3, 25));
        var cutOff = await _h.Fanouts.BeginAsync(cut.Id, "manual-2026-03-02", Admin);
        var resumer = Resumer();

        await resumer.NoteCutOffAsync(default);
        // Under load the resumer's background work runs after the channels started: an admin's /nhacngay has begun.
        var running = await _h.Fanouts.BeginAsync(live.Id, "manual-2026-03-02", Admin);
        await resumer.ResumeAllAsync(default);

        Assert.Equal(5, _h.Composer.Reminders);
        Assert.All(_h.Composer.Calls.Where(c => c.Kind == "reminder"), c => Assert.Equal(cut.Id, c.DeadlineId));
        Assert.Equal([running], (await _h.Fanouts.UnfinishedAsync()).Select(f => f.Id));
        Assert.NotEqual(cutOff, running);
    }

    [Fact]
    public async Task A_stop_before_the_start_ended_leaves_the_cut_off_fan_outs_for_the_next_start_without_an_error()
    {
        await _h.Fanouts.BeginAsync(0, ReminderFanoutStore.SweepSlot, null);
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();

        await Resumer().StartAsync(stopping.Token);

        Assert.Single(await _h.Fanouts.UnfinishedAsync());
        Assert.Equal(0, _h.Composer.Reminders);
    }

    private FanoutResumer Resumer() => new(
        _h.Fanouts,
        _h.Ledger,
        _h.Deadlines,
        _h.Sweep,
        _h.Composer,
        new OutboxSignal(_h.Time),
        new StoreErrorPolicy(Options.Create(new StorageOptions()), _h.Time, [], NullLogger<StoreErrorPolicy>.Instance),
        NullLogger<FanoutResumer>.Instance);
}
