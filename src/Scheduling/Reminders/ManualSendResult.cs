namespace QcdcBot.Scheduling.Reminders;

/// <summary>
/// Result of "send now": units reminded, units reported to admins as unreachable, and units that already had
/// today's manual reminder (a second /nhacngay the same day does nothing).
/// </summary>
internal sealed record ManualSendResult(int Reminded, int Unreachable, int AlreadySent, int Paused = 0)
{
    /// <summary>The codes of the units counted in <see cref="Unreachable"/>, in the tally's order, for the admin who asked.</summary>
    public IReadOnlyList<string> UnreachableCodes { get; init; } = [];
}
