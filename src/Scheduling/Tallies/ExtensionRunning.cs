namespace QcdcBot.Scheduling.Tallies;

/// <summary>
/// An extension counts as one ("được gia hạn") only until its own date has passed: after that, with nothing handed
/// in, the unit is overdue in every view, as a unit without an extension would be.
/// </summary>
internal static class ExtensionRunning
{
    public static bool On(bool extended, DateOnly ownDueDate, DateOnly today) => extended && ownDueDate >= today;
}
