namespace QcdcBot.Bot.Channels;

/// <summary>
/// When a chat event happened, which grades a hand-in's lateness: the platform's own time stamp when it is plausible,
/// otherwise when this server stored the event. A stamp ahead of the server's receive time (a skewed clock) or more
/// than <see cref="MaxBehind"/> before it (a replay, a clock years off) is not believed; a stamp a little behind is
/// (events wait at the platform while the bot is down, and an event sent before midnight stays on time).
/// </summary>
internal static class EventTime
{
    /// <summary>How far behind the receive time a stamp is still believed: a weekend's outage of the bot.</summary>
    public static readonly TimeSpan MaxBehind = TimeSpan.FromDays(3);

    /// <summary>How far ahead of the receive time a stamp may be and still count (as the receive time): clocks differ a little.</summary>
    public static readonly TimeSpan MaxAhead = TimeSpan.FromMinutes(2);

    /// <param name="stamped">The platform's time of the event, if it gave one.</param>
    /// <param name="received">When this server stored the event (the inbox row's time).</param>
    public static DateTimeOffset Of(DateTimeOffset? stamped, DateTimeOffset received) =>
        stamped is { } at && at >= received - MaxBehind && at <= received + MaxAhead ? (at < received ? at : received) : received;
}
