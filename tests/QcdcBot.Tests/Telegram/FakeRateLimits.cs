namespace QcdcBot.Tests.Telegram;

/// <summary>
/// The flood limits the fake Bot API enforces on sent messages, like Telegram: over the whole bot per second, per
/// private chat per second, per group per minute. <paramref name="Slack"/> shortens each window a little: the bot's
/// limiter times a send before the HTTP hop and the fake times its arrival, so a request that is slow in flight
/// (the first after idle opens a connection) followed by a burst looks denser here than it was. 100 ms was
/// sometimes not enough while the whole suite runs in parallel, hence 300 ms by default.
/// </summary>
public sealed record FakeRateLimits(int PerSecond, int PerChatPerSecond = 1, int PerGroupPerMinute = 20, TimeSpan? Slack = null)
{
    public TimeSpan Tolerance => Slack ?? TimeSpan.FromMilliseconds(300);
}
