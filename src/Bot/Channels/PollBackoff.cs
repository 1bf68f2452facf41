using Microsoft.Extensions.Logging;

namespace QcdcBot.Bot.Channels;

/// <summary>
/// A polling loop's answer to a failed poll, the same on every channel: wait with capped exponential back-off
/// (<see cref="BaseDelay"/> doubling up to <see cref="MaxDelay"/>, jittered), logging a warning with the platform's
/// reason when the platform refused or could not be reached, and an error with the exception for anything else; a
/// poll that succeeds starts the count again. Every wait ends at once when the host stops.
/// </summary>
internal sealed class PollBackoff(string channel, TimeProvider time, ILogger logger)
{
    public static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(2);

    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    /// <summary>Failed polls since the last one that succeeded.</summary>
    public int Failures { get; private set; }

    public void Succeeded() => Failures = 0;

    /// <param name="fromPlatform">The platform answered with an error or was unreachable; false for a fault of our own.</param>
    /// <param name="jitter">A number in [0, 1) (<see cref="Random.Shared"/> unless a test fixes it).</param>
    /// <returns>How long it waited.</returns>
    public async Task<TimeSpan> FailedAsync(Exception ex, bool fromPlatform, CancellationToken ct, double? jitter = null)
    {
        Failures++;
        var delay = RetryBackoff.Delay(Failures, BaseDelay, MaxDelay, jitter ?? Random.Shared.NextDouble());
        if (fromPlatform)
        {
            logger.LogWarning("{Channel} polling failed ({Reason}); trying again in {Delay}", channel, ex.Message, delay);
        }
        else
        {
            logger.LogError(ex, "{Channel} polling failed unexpectedly; trying again in {Delay}", channel, delay);
        }

        await WaitAsync(delay, ct);
        return delay;
    }

    /// <summary>Waits <paramref name="delay"/> on the host's clock, ending quietly when <paramref name="ct"/> stops the host.</summary>
    public async Task WaitAsync(TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, time, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
