namespace QcdcBot.Bot.Channels;

/// <summary>Capped exponential back-off with jitter: attempt 1 waits about the base delay, each next one twice as long.</summary>
internal static class RetryBackoff
{
    /// <param name="jitter">A number in [0, 1); the delay is scaled into [50 %, 100 %] of the capped value.</param>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double jitter)
    {
        var exponent = Math.Min(Math.Max(attempt - 1, 0), 16);
        var capped = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (jitter * 0.5)));
    }
}
