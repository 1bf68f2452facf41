using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Storage.Letters;

internal sealed class LetterStore(SqliteDatabase database, TimeProvider time)
{
    /// <summary>
    /// Stores the letter and its deadlines in one transaction, each deadline through the same insert (and audit) as /giao.
    /// A draft already stored returns its letter and no new deadlines, so a retried "tạo" never creates twice.
    /// </summary>
    public Task<(Letter Letter, IReadOnlyList<Deadline> Created, bool AlreadyStored)> CreateAsync(
        NewLetter letter, IReadOnlyList<NewDeadline> deadlines, CancellationToken ct = default) =>
        database.InTransactionAsync<(Letter, IReadOnlyList<Deadline>, bool)>(async (connection, transaction) =>
        {
            var existing = await connection.ScalarAsync<long?>(
                "SELECT id FROM letters WHERE draft_id = $draft", transaction, ct, ("$draft", letter.DraftId));
            if (existing is { } existingId)
            {
                return ((await GetAsync(connection, transaction, existingId, ct))!, [], true);
            }

            var now = time.GetUtcNow();
            var id = await connection.InsertAsync(
                """
                INSERT INTO letters (draft_id, number, kind, letter_date, reference, file_sha256, file_name, content_type, created_by, created_at)
                VALUES ($draft, $number, $kind, $date, $reference, $sha, $name, $type, $by, $now)
                """,
                transaction, ct,
                ("$draft", letter.DraftId), ("$number", letter.Number), ("$kind", letter.Kind), ("$date", letter.LetterDate),
                ("$reference", letter.Reference), ("$sha", letter.FileSha256), ("$name", letter.FileName), ("$type", letter.ContentType),
                ("$by", letter.CreatedBy), ("$now", now));
            await AuditLog.WriteAsync(connection, transaction, now, letter.CreatedBy, "letter.add", "letter", id, letter.Reference, ct);
            var created = new List<Deadline>();
            foreach (var deadline in deadlines)
            {
                created.Add(await DeadlineStore.InsertAsync(connection, transaction, now, deadline with { LetterId = id }, ct));
            }

            return ((await GetAsync(connection, transaction, id, ct))!, created, false);
        }, ct);

    /// <summary>The deadlines already created from a letter with this number (the same letter sent twice), oldest first.</summary>
    public async Task<IReadOnlyList<long>> DeadlinesFromNumberAsync(string number, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync(
            "SELECT d.id FROM deadlines d JOIN letters l ON l.id = d.letter_id WHERE l.number = $number ORDER BY d.id", null,
            r => r.Long("id"), ct, ("$number", number));
    }

    /// <summary>The deadlines already created from the same file (a letter without a number sent twice), oldest first.</summary>
    public async Task<IReadOnlyList<long>> DeadlinesFromFileAsync(string sha256, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync(
            "SELECT d.id FROM deadlines d JOIN letters l ON l.id = d.letter_id WHERE l.file_sha256 = $sha ORDER BY d.id", null,
            r => r.Long("id"), ct, ("$sha", sha256));
    }

    public async Task<Letter?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await GetAsync(connection, null, id, ct);
    }

    private static Task<Letter?> GetAsync(SqliteConnection connection, SqliteTransaction? transaction, long id, CancellationToken ct) =>
        connection.QuerySingleAsync(
            "SELECT * FROM letters WHERE id = $id", transaction,
            r => new Letter(
                r.Long("id"), r.NullableString("number"), r.Str("kind"), r.NullableDate("letter_date"), r.Str("reference"),
                r.NullableString("file_sha256"), r.NullableString("file_name"), r.NullableString("content_type"), r.Str("created_by"),
                r.Instant("created_at")),
            ct, ("$id", id));
}
