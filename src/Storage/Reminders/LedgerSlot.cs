namespace QcdcBot.Storage.Reminders;

/// <summary>One ledger row to write (deadline, unit, slot), with the older slots of that unit it closes as skipped.</summary>
internal sealed record LedgerSlot(long DeadlineId, long UnitId, string Slot, IReadOnlyList<string> Skipped);
