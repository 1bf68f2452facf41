using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Scheduling.Reminders;

/// <summary>What a reminder is about: the deadline, where the unit stands (its own due date), which slot, and today (local).</summary>
internal sealed record ReminderNotice(Deadline Deadline, UnitStanding Standing, ReminderSlot Slot, DateOnly Today)
{
    public Unit Unit => Standing.Unit;

    public DateOnly DueDate => Standing.DueDate;
}
