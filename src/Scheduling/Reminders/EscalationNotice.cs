using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Scheduling.Reminders;

/// <summary>The units still missing a deadline after their last overdue reminder, for the admins' daily escalation.</summary>
internal sealed record EscalationNotice(Deadline Deadline, IReadOnlyList<UnitStanding> MissingUnits, DateOnly Today);
