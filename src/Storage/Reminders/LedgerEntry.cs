namespace QcdcBot.Storage.Reminders;

/// <summary>One (deadline, unit, slot) that has happened. Unit 0 stands for the deadline itself (escalations).</summary>
internal sealed record LedgerEntry(long DeadlineId, long UnitId, string Slot, DateTimeOffset SentAt, LedgerOutcome Outcome);
