namespace QcdcBot.Bot.Exports;

/// <summary>Until the reminders ledger exists nobody has been reminded, so every count is 0.</summary>
internal sealed class NoReminderCounts : IReminderCountSource
{
    private static readonly IReadOnlyDictionary<long, int> None = new Dictionary<long, int>();

    public Task<IReadOnlyDictionary<long, int>> CountsForDeadlineAsync(long deadlineId, CancellationToken ct) => Task.FromResult(None);
}
