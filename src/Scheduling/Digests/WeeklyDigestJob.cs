using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QcdcBot.Scheduling.Resilience;
using Quartz;

namespace QcdcBot.Scheduling.Digests;

/// <summary>
/// Quartz's cron says "it is digest time"; the publisher does the rest and is safe to run twice, so a store fault
/// is waited out and the whole publication run again.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class WeeklyDigestJob(IDigestPublisher publisher, StoreErrorPolicy policy, IHostApplicationLifetime lifetime, ILogger<WeeklyDigestJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await StoppingToken.RunAsync(lifetime, logger, "weekly digest", ct => policy.RunAsync("weekly digest", publisher.PublishWeeklyAsync, ct), cancellationToken);
}
