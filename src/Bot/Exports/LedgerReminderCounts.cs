using QcdcBot.Storage.Reminders;

namespace QcdcBot.Bot.Exports;

/// <summary>The "số lần nhắc" column from the reminder ledger: reminders written for the unit, not admin notices about it.</summary>
internal sealed class LedgerReminderCounts(ReminderLedgerStore ledger) : IReminderCountSource
{
    public Task<IReadOnlyDictionary<long, int>> CountsForDeadlineAsync(long deadlineId, CancellationToken ct) =>
        ledger.SentCountsForDeadlineAsync(deadlineId, ct);
}
