using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Digests;

internal sealed record StoredDigest(long Id, DateTimeOffset TakenAt, string Kind, string Recipients, string Text, string Numbers);

internal sealed class DigestStore(SqliteDatabase database)
{
    public Task<long> SaveAsync(DateTimeOffset takenAt, string kind, string recipients, string text, string numbers, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var id = await connection.InsertAsync(
                "INSERT INTO digests (taken_at, kind, recipients, text, numbers) VALUES ($at, $kind, $to, $text, $numbers)",
                transaction, ct, ("$at", takenAt), ("$kind", kind), ("$to", recipients), ("$text", text), ("$numbers", numbers));
            await AuditLog.WriteAsync(connection, transaction, takenAt, "system", "digest." + kind, "digest", id, recipients, ct);
            return id;
        }, ct);

    /// <summary>The last weekly digest: what "so với tuần trước" compares with.</summary>
    public async Task<StoredDigest?> LatestWeeklyAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleAsync(
            "SELECT * FROM digests WHERE kind = 'weekly' ORDER BY taken_at DESC, id DESC LIMIT 1", null, Read, ct);
    }

    /// <summary>The weekly digest stored just before <paramref name="digestId"/>: what that one was compared with.</summary>
    public async Task<StoredDigest?> WeeklyBeforeAsync(long digestId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleAsync(
            "SELECT * FROM digests WHERE kind = 'weekly' AND id < $id ORDER BY taken_at DESC, id DESC LIMIT 1", null, Read, ct,
            ("$id", digestId));
    }

    private static StoredDigest Read(SqliteDataReader r) =>
        new(r.Long("id"), r.Instant("taken_at"), r.Str("kind"), r.Str("recipients"), r.Str("text"), r.Str("numbers"));
}
