using Quartz;

namespace QcdcBot.Scheduling.Reminders;

/// <summary>
/// Quartz's cron only says "look now"; the sweep decides what is due from the ledger, so a missed or doubled
/// firing changes nothing. Concurrent firings are refused anyway to keep the work in one place.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ReminderSweepJob(ReminderSweep sweep) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await sweep.RunAsync(cancellationToken);
}
