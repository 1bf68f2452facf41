using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QcdcBot.Scheduling.Resilience;
using Quartz;

namespace QcdcBot.Scheduling.Reminders;

/// <summary>
/// Quartz's cron only says "look now"; the sweep decides what is due from the ledger, so a missed or doubled
/// firing changes nothing. Concurrent firings are refused anyway to keep the work in one place. A store fault is
/// waited out and the sweep run again (it is idempotent), so a full disk delays reminders but loses none.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ReminderSweepJob(ReminderSweep sweep, StoreErrorPolicy policy, IHostApplicationLifetime lifetime, ILogger<ReminderSweepJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await StoppingToken.RunAsync(lifetime, logger, "reminder sweep", ct => policy.RunAsync("reminder sweep", sweep.RunAsync, ct), cancellationToken);
}
