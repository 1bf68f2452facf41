namespace QcdcBot.Scheduling.Delivery;

/// <summary>How fast one channel may be written to. The defaults are Telegram's published bot limits.</summary>
public sealed class ChannelRateLimits
{
    /// <summary>Messages per second over the whole channel.</summary>
    public int PerSecond { get; set; } = 30;

    /// <summary>Messages per second into one chat.</summary>
    public int PerChatPerSecond { get; set; } = 1;

    /// <summary>Messages per minute into one group chat.</summary>
    public int PerGroupPerMinute { get; set; } = 20;

    internal bool IsValid => PerSecond >= 1 && PerChatPerSecond >= 1 && PerGroupPerMinute >= 1;
}
