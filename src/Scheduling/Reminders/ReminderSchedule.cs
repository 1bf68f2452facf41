namespace QcdcBot.Scheduling.Reminders;

/// <summary>
/// A unit's reminders for one due date, in send order, and from when the unit is on the admins' daily escalation
/// list (null when escalation is off).
/// </summary>
internal sealed record ReminderSchedule(IReadOnlyList<ReminderSlot> Slots, DateTimeOffset? EscalationFrom);
