using QcdcBot.Storage.Reminders;

namespace QcdcBot.Bot.Exports;

/// <summary>The "số lần nhắc" column from the reminder ledger: reminders written for the unit, not admin notices about it.</summary>
internal sealed class LedgerReminderCounts(ReminderLedgerStore ledger) : IReminderCountSource
{
    public async Task<IReadOnlyDictionary<long, int>> CountsForDeadlineAsync(long deadlineId, CancellationToken ct) =>
        (await ledger.SentForDeadlineAsync(deadlineId, ct)).ToDictionary(s => s.UnitId, s => s.Count);
}
