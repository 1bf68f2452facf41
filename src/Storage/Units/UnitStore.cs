using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Units;

internal sealed class UnitStore(SqliteDatabase database, TimeProvider time)
{
    public async Task<IReadOnlyList<Unit>> AllAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync("SELECT * FROM units ORDER BY id", null, Map, ct);
    }

    public async Task<Unit?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleAsync("SELECT * FROM units WHERE id = $id", null, Map, ct, ("$id", id));
    }

    public async Task<Unit?> FindByCodeAsync(string code, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleAsync("SELECT * FROM units WHERE code = $code", null, Map, ct, ("$code", code.Trim()));
    }

    /// <summary>Adds new codes and updates existing ones in one transaction; never deletes.</summary>
    public Task<UnitImportCounts> UpsertAsync(IReadOnlyList<UnitRow> rows, string actor, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var added = 0;
            var updated = 0;
            var unchanged = 0;
            var now = time.GetUtcNow();
            foreach (var row in rows)
            {
                var existing = await connection.QuerySingleAsync("SELECT * FROM units WHERE code = $code", transaction, Map, ct, ("$code", row.Code));
                var tags = string.Join(';', row.Tags);
                if (existing is null)
                {
                    var id = await connection.InsertAsync(
                        "INSERT INTO units (code, name, kind, tags) VALUES ($code, $name, $kind, $tags)",
                        transaction, ct, ("$code", row.Code), ("$name", row.Name), ("$kind", row.Kind), ("$tags", tags));
                    await AuditLog.WriteAsync(connection, transaction, now, actor, "unit.add", "unit", id, $"{row.Code} {row.Name}", ct);
                    added++;
                }
                else if (existing.Name != row.Name || existing.Kind != row.Kind || string.Join(';', existing.Tags) != tags)
                {
                    await connection.ExecuteAsync(
                        "UPDATE units SET name = $name, kind = $kind, tags = $tags WHERE id = $id",
                        transaction, ct, ("$id", existing.Id), ("$name", row.Name), ("$kind", row.Kind), ("$tags", tags));
                    await AuditLog.WriteAsync(connection, transaction, now, actor, "unit.update", "unit", existing.Id, $"{row.Code} {row.Name}", ct);
                    updated++;
                }
                else
                {
                    unchanged++;
                }
            }

            return new UnitImportCounts(added, updated, unchanged);
        }, ct);

    internal static Unit Map(SqliteDataReader r) => new(
        r.Long("id"),
        r.Str("code"),
        r.Str("name"),
        DbEnum.Parse<UnitKind>(r.Str("kind")),
        r.Str("tags").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
