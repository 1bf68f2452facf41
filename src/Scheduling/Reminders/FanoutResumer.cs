using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QcdcBot.Scheduling.Delivery;
using QcdcBot.Scheduling.Resilience;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Reminders;

namespace QcdcBot.Scheduling.Reminders;

/// <summary>
/// At start, finishes the reminder fan-outs a crash cut off, from the ledger: units already reminded are left
/// alone, the rest get their reminder (each exactly once), and the admin who asked is told what happened. An
/// interrupted sweep is simply run again: it recomputes what is due from the ledger.
/// </summary>
internal sealed class FanoutResumer(
    ReminderFanoutStore fanouts,
    ReminderLedgerStore ledger,
    DeadlineStore deadlines,
    ReminderSweep sweep,
    IReminderComposer composer,
    OutboxSignal signal,
    StoreErrorPolicy policy,
    ILogger<FanoutResumer> logger) : BackgroundService
{
    /// <summary>The fan-outs unfinished when this process started; null until <see cref="NoteCutOffAsync"/> ran.</summary>
    private HashSet<long>? _cutOff;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await NoteCutOffAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped before the start ended (the terminal chat's input can end that soon): the fan-outs stay for the next start.
            return;
        }

        await base.StartAsync(cancellationToken);
    }

    /// <summary>
    /// Notes which fan-outs a crash cut off, before the channels and the scheduler start (hosted services start in
    /// order; ExecuteAsync runs in the background). Read later, a /nhacngay or a sweep this process had just begun
    /// looked cut off and was run a second time beside itself.
    /// </summary>
    internal async Task NoteCutOffAsync(CancellationToken ct) =>
        _cutOff = [.. (await fanouts.UnfinishedAsync(ct)).Select(f => f.Id)];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await policy.RunAsync("fan-out resume", ResumeAllAsync, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the fan-outs stay unfinished and are resumed at the next start.
        }
    }

    internal async Task ResumeAllAsync(CancellationToken ct)
    {
        var sweeps = new List<ReminderFanout>();
        // Still unfinished (a retry after a store fault skips what the first attempt finished) and cut off before this start.
        foreach (var fanout in (await fanouts.UnfinishedAsync(ct)).Where(f => _cutOff?.Contains(f.Id) ?? true))
        {
            if (fanout.Slot == ReminderFanoutStore.SweepSlot)
            {
                sweeps.Add(fanout);
                continue;
            }

            await ResumeAsync(fanout, ct);
        }

        if (sweeps.Count > 0)
        {
            logger.LogWarning("A reminder sweep was cut off (started {StartedAt}); running it again now", sweeps[^1].StartedAt);
            await sweep.RunAsync(ct);
            foreach (var marker in sweeps)
            {
                await fanouts.ForgetAsync(marker.Id, ct);
            }
        }

        signal.Pulse();
    }

    private async Task ResumeAsync(ReminderFanout fanout, CancellationToken ct)
    {
        var before = (await ledger.ForDeadlineAsync(fanout.DeadlineId, ct))
            .Count(e => e.Slot == fanout.Slot && e.Outcome == LedgerOutcome.Sent && e.UnitId != ReminderLedgerStore.DeadlineWide);
        var result = await sweep.ResumeAsync(fanout, ct);
        logger.LogWarning(
            "Reminder fan-out {Fanout} for deadline {Deadline} was cut off after {Before} units; resumed: {Reminded} more reminded, {Unreachable} unreachable",
            fanout.Id, fanout.DeadlineId, before, result?.Reminded ?? 0, result?.Unreachable ?? 0);
        var notice = fanout.Requester is { } requester
            ? await composer.ComposeResumedAsync(new ResumedFanout(fanout, requester, await deadlines.GetAsync(fanout.DeadlineId, ct), before, result), ct)
            : [];
        await fanouts.FinishAsync(fanout.Id, notice, ct);
    }
}
