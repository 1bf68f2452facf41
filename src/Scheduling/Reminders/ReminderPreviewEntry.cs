using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Scheduling.Reminders;

/// <summary>One line of /lichnhac: on this local date, this deadline will remind these units (as things stand now).</summary>
internal sealed record ReminderPreviewEntry(DateOnly Date, Deadline Deadline, IReadOnlyList<string> Slots, IReadOnlyList<Unit> Units, int Paused = 0)
{
    public int UnitCount => Units.Count;

    /// <summary>Today's reminder whose hour has passed but which has not gone out yet: the next sweep sends it.</summary>
    public bool PastItsHour { get; init; }
}
