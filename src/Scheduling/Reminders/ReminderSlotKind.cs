namespace QcdcBot.Scheduling.Reminders;

internal enum ReminderSlotKind
{
    Before,
    Due,
    Overdue,

    /// <summary>An admin's "send now" (/nhacngay).</summary>
    Manual,
}
