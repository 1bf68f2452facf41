namespace QcdcBot.Bot.Exports;

/// <summary>
/// How many reminders each unit was sent for a deadline: the "số lần nhắc" column. The reminders ledger
/// replaces <see cref="NoReminderCounts"/> with its own implementation; the export only reads this.
/// </summary>
internal interface IReminderCountSource
{
    /// <summary>Reminder counts by unit id; a unit that is absent was never reminded.</summary>
    Task<IReadOnlyDictionary<long, int>> CountsForDeadlineAsync(long deadlineId, CancellationToken ct);
}
