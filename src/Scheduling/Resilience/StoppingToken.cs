using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace QcdcBot.Scheduling.Resilience;

/// <summary>
/// Quartz does not cancel a running job when the host stops, so a job that waits out a store fault also listens to
/// the host's stopping signal.
/// </summary>
internal static class StoppingToken
{
    public static CancellationTokenSource Link(IHostApplicationLifetime lifetime, CancellationToken jobToken) =>
        CancellationTokenSource.CreateLinkedTokenSource(jobToken, lifetime.ApplicationStopping);

    /// <summary>
    /// Runs a job's work until it ends or the host stops. A stop in the middle (the end of a piped terminal session, a
    /// service stop) is a normal shutdown: logged as information, never thrown to Quartz, which prints it as a failure
    /// with its stack trace. The jobs are idempotent (the sweep decides from the ledger what is still due), so the
    /// next start does what was left.
    /// </summary>
    public static async Task RunAsync(IHostApplicationLifetime lifetime, ILogger logger, string job, Func<CancellationToken, Task> work, CancellationToken jobToken)
    {
        using var stopping = Link(lifetime, jobToken);
        try
        {
            await work(stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            Stopped(logger, job);
        }
    }

    private static void Stopped(ILogger logger, string job) =>
        logger.LogInformation("{Job} stopped by the host's shutdown; the next start does what was left", job);
}
