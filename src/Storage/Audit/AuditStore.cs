using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Audit;

internal sealed class AuditStore(SqliteDatabase database)
{
    /// <summary>One entry on its own (or with the transaction it is called in).</summary>
    public Task RecordAsync(DateTimeOffset at, string actor, string action, string entity, string entityId, string details, CancellationToken ct = default) =>
        database.InTransactionAsync((connection, transaction) => AuditLog.WriteAsync(connection, transaction, at, actor, action, entity, entityId, details, ct), ct);

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
