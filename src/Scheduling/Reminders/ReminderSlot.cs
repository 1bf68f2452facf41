namespace QcdcBot.Scheduling.Reminders;

/// <summary>
/// One reminder a unit is due: <paramref name="Name"/> is what it is ("before-7", "due", "overdue-2", "manual-2026-03-10"),
/// <paramref name="Key"/> is its ledger slot. Scheduled slots are keyed with the due date they count toward
/// ("before-3@2026-03-20"), so a due date that moves (extension, or the deadline changed) starts a fresh cycle
/// rather than being silenced by the old cycle's ledger rows. <paramref name="Number"/> is the N in before-N / overdue-N.
/// </summary>
internal sealed record ReminderSlot(string Name, string Key, ReminderSlotKind Kind, int Number, DateOnly Date, DateTimeOffset SendAt);
