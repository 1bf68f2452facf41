using Microsoft.Extensions.Hosting;

namespace QcdcBot.Scheduling.Resilience;

/// <summary>
/// Quartz does not cancel a running job when the host stops, so a job that waits out a store fault also listens to
/// the host's stopping signal.
/// </summary>
internal static class StoppingToken
{
    public static CancellationTokenSource Link(IHostApplicationLifetime lifetime, CancellationToken jobToken) =>
        CancellationTokenSource.CreateLinkedTokenSource(jobToken, lifetime.ApplicationStopping);
}
