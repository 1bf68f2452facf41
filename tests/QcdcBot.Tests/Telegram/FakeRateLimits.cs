namespace QcdcBot.Tests.Telegram;

/// <summary>
/// The flood limits the fake Bot API enforces on sent messages, like Telegram: over the whole bot per second, per
/// private chat per second, per group per minute. The fake times arrivals while the bot's limiter times its
/// decisions before the HTTP hop, so two allowances keep a pause in flight from reading as a burst:
/// <list type="bullet">
/// <item>Overall, one message more than <paramref name="PerSecond"/> per second. The dispatcher has one send in flight
/// at a time, so a message held up on the way can arrive just before the next full second's burst is decided: at most
/// one extra in any second, however long the hold-up.</item>
/// <item>Per chat and per group, each window is <paramref name="Slack"/> shorter (300 ms unless set).</item>
/// </list>
/// </summary>
public sealed record FakeRateLimits(int PerSecond, int PerChatPerSecond = 1, int PerGroupPerMinute = 20, TimeSpan? Slack = null)
{
    public TimeSpan Tolerance => Slack ?? TimeSpan.FromMilliseconds(300);
}
