using Microsoft.Data.Sqlite;

namespace QcdcBot.Storage.Database;

/// <summary>
/// Forward-only schema migrations. The schema version is SQLite's <c>user_version</c>; each step runs in
/// its own transaction together with the version bump, so a crash never leaves a half-migrated file.
/// </summary>
internal static class Migrations
{
    public static int LatestVersion => Steps.Count;

    private static IReadOnlyList<string> Steps { get; } =
    [
        Schema.V1,
        Schema.V2,
        Digests.DigestSchema.Sql,
        Schema.TelegramOffsets,
        Schema.ExcuseAcceptance,
        Leadership.LeadershipSchema.Sql,
        Letters.LetterSchema.Sql,
        Inbox.InboxSchema.Sql,
        Submissions.SubmissionIndexes.Sql,
        Submissions.SubmissionPagesSchema.Sql,
        Web.WebSchema.Sql,
        Web.WebSessionSchema.Sql,
        Reminders.FanoutSchema.Sql,
        Tallies.CountingIndexes.Sql,
        Tallies.GradingIndex.Sql,
        Submissions.SubmissionPageOrderSchema.Sql,
        Web.DownloadGrantSchema.Sql,
        Exports.SheetIndexes.Sql,
        Conversations.HeldNotices.Sql,
        Submissions.ReceiptNumbers.Sql,
        Deadlines.YearlyRollover.Sql,
    ];

    public static async Task ApplyAsync(SqliteConnection connection, CancellationToken ct)
    {
        // Checked before anything else: a file from a newer QcdcBot is refused unchanged (not even its journal mode).
        var current = await CurrentVersionAsync(connection, ct);
        if (current > LatestVersion)
        {
            throw new SchemaTooNewException(connection.DataSource, current, LatestVersion);
        }

        // WAL is a property of the file; setting it once is enough, and it is harmless to repeat.
        await connection.ExecuteAsync("PRAGMA journal_mode=WAL;", null, ct);

        for (var version = current + 1; version <= LatestVersion; version++)
        {
            await using var transaction = connection.BeginTransaction();
            await connection.ExecuteAsync(Steps[version - 1], transaction, ct);
            await connection.ExecuteAsync($"PRAGMA user_version = {version};", transaction, ct);
            await transaction.CommitAsync(ct);
        }
    }

    public static async Task<int> CurrentVersionAsync(SqliteConnection connection, CancellationToken ct) =>
        (int)(await connection.ScalarAsync<long>("PRAGMA user_version;", null, ct));
}
