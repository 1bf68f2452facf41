using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Deadlines;

/// <summary>
/// Next year's instance of a yearly deadline, made when this year's is closed. It is linked to the one it came from
/// (<c>rolled_from</c>), so closing again after a /mohan finds the one already made instead of making a second; and it
/// is dated from the deadline's own day (<c>own_date</c>: the day it was given, before any move off a day off), so a
/// move of one year never becomes the rule for the next.
/// </summary>
internal static class YearlyRollover
{
    /// <summary>The migration: the link, the own day, and the links of rollovers made before it read back from the audit log.</summary>
    public const string Sql = """
        ALTER TABLE deadlines ADD COLUMN rolled_from INTEGER REFERENCES deadlines(id);
        ALTER TABLE deadlines ADD COLUMN own_date TEXT;
        UPDATE deadlines SET rolled_from = (
            SELECT CAST(substr(a.details, 6) AS INTEGER) FROM audit_log a
            WHERE a.action = 'deadline.rollover' AND a.entity = 'deadline' AND a.entity_id = CAST(deadlines.id AS TEXT) AND a.details LIKE 'from %'
            ORDER BY a.id LIMIT 1);
        CREATE INDEX IF NOT EXISTS deadlines_rolled_from ON deadlines(rolled_from) WHERE rolled_from IS NOT NULL;
        """;

    /// <summary>Next year's deadline for <paramref name="closed"/>: the one already made (Existed), or a new one.</summary>
    public static async Task<(Deadline Next, bool Existed)> NextAsync(SqliteConnection connection, SqliteTransaction transaction, Deadline closed, string actor, DateTimeOffset now, CancellationToken ct)
    {
        var made = await connection.ScalarAsync<long?>(
            "SELECT id FROM deadlines WHERE rolled_from = $id ORDER BY id LIMIT 1", transaction, ct, ("$id", closed.Id));
        if (made is { } madeId)
        {
            return ((await DeadlineStore.GetAsync(connection, transaction, madeId, ct))!, true);
        }

        var ownDay = await connection.ScalarAsync<string?>(
            "SELECT COALESCE(own_date, due_date) FROM deadlines WHERE id = $id", transaction, ct, ("$id", closed.Id));
        var due = (ownDay is null ? closed.DueDate : DateOnly.ParseExact(ownDay, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).AddYears(1);
        var nextId = await connection.InsertAsync(
            """
            INSERT INTO deadlines (title, kind, due_date, own_date, scope, scope_kind, recurrence, source_phrase, created_by, created_at, state, letter_id, rolled_from)
            VALUES ($title, $kind, $due, $due, $scope, $scopeKind, $recurrence, $phrase, $by, $now, 'open', $letter, $from)
            """,
            transaction, ct,
            ("$title", DeadlineStore.NextYearTitle(closed.Title, closed.DueDate.Year)), ("$kind", closed.Kind), ("$due", due), ("$scope", closed.Scope),
            ("$scopeKind", closed.ScopeKind), ("$recurrence", closed.Recurrence), ("$phrase", closed.SourcePhrase), ("$by", actor), ("$now", now),
            ("$letter", closed.LetterId), ("$from", closed.Id));
        foreach (var unitId in closed.UnitIds)
        {
            await connection.ExecuteAsync(
                "INSERT INTO deadline_units (deadline_id, unit_id) VALUES ($d, $u)", transaction, ct, ("$d", nextId), ("$u", unitId));
        }

        await AuditLog.WriteAsync(connection, transaction, now, actor, "deadline.rollover", "deadline", nextId, $"from {closed.Id}", ct);
        return ((await DeadlineStore.GetAsync(connection, transaction, nextId, ct))!, false);
    }
}
