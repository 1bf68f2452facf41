namespace QcdcBot.Bot.Exports;

/// <summary>
/// How many reminders each unit was sent for a deadline: the "số lần nhắc" column, read from the reminder ledger
/// by <see cref="LedgerReminderCounts"/>. A port so workbook tests can feed fixed counts.
/// </summary>
internal interface IReminderCountSource
{
    /// <summary>Reminder counts by unit id; a unit that is absent was never reminded.</summary>
    Task<IReadOnlyDictionary<long, int>> CountsForDeadlineAsync(long deadlineId, CancellationToken ct);
}
