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
            var id = await InsertAsync(connection, transaction, now, letter, ct);
            var created = new List<Deadline>();
            foreach (var deadline in deadlines)
            {
                created.Add(await DeadlineStore.InsertAsync(connection, transaction, now, deadline with { LetterId = id }, ct));
            }

            return ((await GetAsync(connection, transaction, id, ct))!, created, false);
        }, ct);

    /// <summary>
    /// A corrected letter (the same number, a later date) takes the place of the letter an open deadline was created
    /// from: stored like any letter, the deadline pointed at it, both audited, and the letter it replaces remembered
    /// so /congvan can say an earlier one exists. The same draft attached twice stores one letter.
    /// </summary>
    public Task<(Letter Letter, Letter? Replaced)> AttachAsync(NewLetter letter, long deadlineId, CancellationToken ct = default) =>
        database.InTransactionAsync<(Letter, Letter?)>(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            var id = await connection.ScalarAsync<long?>("SELECT id FROM letters WHERE draft_id = $draft", transaction, ct, ("$draft", letter.DraftId))
                     ?? await InsertAsync(connection, transaction, now, letter, ct);
            var before = await connection.ScalarAsync<long?>("SELECT letter_id FROM deadlines WHERE id = $id", transaction, ct, ("$id", deadlineId));
            Letter? replaced = null;
            // A deadline given with /giao has no letter yet: an extension letter attached to it is its letter from now on.
            if (before != id)
            {
                replaced = before is { } oldId ? await GetAsync(connection, transaction, oldId, ct) : null;
                await connection.ExecuteAsync("UPDATE deadlines SET letter_id = $letter, changed_at = $now WHERE id = $id", transaction, ct,
                    ("$letter", id), ("$now", now), ("$id", deadlineId));
                await AuditLog.WriteAsync(connection, transaction, now, letter.CreatedBy, "deadline.letter", "deadline", deadlineId, before is { } old ? $"{letter.Reference} thay văn bản #{old}" : $"{letter.Reference} gắn vào việc", ct);
                if (before is { } replacedId)
                {
                    await AuditLog.WriteAsync(connection, transaction, now, letter.CreatedBy, ReplacesAction, "letter", id, replacedId.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
                }
            }

            return ((await GetAsync(connection, transaction, id, ct))!, replaced);
        }, ct);

    /// <summary>The letter this one was attached in place of (a corrected letter's original), if any.</summary>
    public async Task<Letter?> ReplacedByAsync(long letterId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var old = await connection.ScalarAsync<string?>(
            "SELECT details FROM audit_log WHERE action = $action AND entity = 'letter' AND entity_id = $id ORDER BY id DESC LIMIT 1", null, ct,
            ("$action", ReplacesAction), ("$id", letterId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return long.TryParse(old, System.Globalization.CultureInfo.InvariantCulture, out var oldId) ? await GetAsync(connection, null, oldId, ct) : null;
    }

    private const string ReplacesAction = "letter.replaces";

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

    /// <summary>The letter row and its "letter.add" audit line.</summary>
    private static async Task<long> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset now, NewLetter letter, CancellationToken ct)
    {
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
        return id;
    }
}
