namespace QcdcBot.Scheduling.Delivery;

/// <summary>How the outbox is delivered (section <c>Dispatch</c>, e.g. <c>Dispatch:Telegram:PerSecond</c>).</summary>
public sealed class DispatchOptions
{
    public const string SectionName = "Dispatch";

    /// <summary>
    /// How long a message is worth trying while the platform is unreachable (timeouts, dropped connections, 5xx);
    /// after that it is marked failed and the admins are told.
    /// </summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Delay after the first failed attempt; it doubles with each further one, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Rows claimed per round.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How long the dispatcher sleeps when nothing is due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a claimed row stays hidden; must cover a batch's rate-limit waits.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    public ChannelRateLimits Telegram { get; set; } = new();

    /// <summary>Limits for any channel that registered none of its own (<see cref="DispatchServiceCollectionExtensions.AddChannelRateLimits"/>).</summary>
    public ChannelRateLimits Other { get; set; } = new();

    internal ChannelRateLimits LimitsFor(string channel) =>
        string.Equals(channel, "telegram", StringComparison.OrdinalIgnoreCase) ? Telegram : Other;
}
