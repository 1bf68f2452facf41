namespace QcdcBot.Storage.Reminders;

/// <summary>One unit's ledger row to write, with the older slots it closes as skipped.</summary>
internal sealed record LedgerSlot(long UnitId, string Slot, IReadOnlyList<string> Skipped);
