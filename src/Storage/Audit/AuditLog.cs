using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Audit;

/// <summary>Every change is written with the transaction that makes it, so the log never disagrees with the data.</summary>
internal static class AuditLog
{
    public static Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset at, string actor, string action, string entity, object entityId, string details, CancellationToken ct) =>
        connection.ExecuteAsync(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES ($at, $actor, $action, $entity, $id, $details)",
            transaction,
            ct,
            ("$at", at), ("$actor", actor), ("$action", action), ("$entity", entity), ("$id", entityId.ToString()), ("$details", details));
}
