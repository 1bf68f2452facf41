namespace QcdcBot.Storage.Statuses;

/// <summary>
/// A unit's latest status on a deadline reduced to what the counts need: <paramref name="Accepted"/> when an admin
/// accepted it, <paramref name="Answered"/> when an admin answered it at all (accepted or refused).
/// </summary>
internal readonly record struct LatestState(long DeadlineId, long UnitId, StatusState State, bool Accepted, bool Answered)
{
    /// <summary>Answered no: the same rule as <see cref="StatusNote.IsRefused"/>.</summary>
    public bool Refused => !Accepted && Answered;
}
