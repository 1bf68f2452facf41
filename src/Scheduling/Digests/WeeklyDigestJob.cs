using Quartz;

namespace QcdcBot.Scheduling.Digests;

/// <summary>Quartz's cron says "it is digest time"; the publisher does the rest and is safe to run twice.</summary>
[DisallowConcurrentExecution]
internal sealed class WeeklyDigestJob(IDigestPublisher publisher) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await publisher.PublishWeeklyAsync(cancellationToken);
}
