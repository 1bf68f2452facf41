using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Scheduling.Reminders;

/// <summary>
/// What one sweep has to tell the admins about one deadline: the units due a reminder that nobody can receive, and
/// the units that went past their last overdue reminder since the admins were last told (<paramref name="OverdueTotal"/>
/// counts all the units past it, told before or not).
/// </summary>
internal sealed record DeadlineAlert(Deadline Deadline, IReadOnlyList<ReminderNotice> Unreachable, IReadOnlyList<UnitStanding> NewlyOverdue, int OverdueTotal)
{
    public bool IsEmpty => Unreachable.Count == 0 && NewlyOverdue.Count == 0;
}
