using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Audit;

internal sealed class AuditStore(SqliteDatabase database)
{
    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(int count, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync(
            "SELECT * FROM audit_log ORDER BY id DESC LIMIT $n",
            null,
            r => new AuditEntry(r.Long("id"), r.Instant("at"), r.Str("actor"), r.Str("action"), r.Str("entity"), r.Str("entity_id"), r.Str("details")),
            ct,
            ("$n", count));
    }
}
