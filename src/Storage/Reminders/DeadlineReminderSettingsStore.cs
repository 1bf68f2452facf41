using System.Globalization;
using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Reminders;

/// <summary>Per-deadline pause and overrides; a deadline without a row uses the configured defaults.</summary>
internal sealed class DeadlineReminderSettingsStore(SqliteDatabase database, TimeProvider time)
{
    public async Task<DeadlineReminderSettings> GetAsync(long deadlineId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleAsync("SELECT * FROM deadline_reminders WHERE deadline_id = $d", null, Map, ct, ("$d", deadlineId))
            ?? DeadlineReminderSettings.Default(deadlineId);
    }

    /// <summary>The settings of every deadline that has any; the others use the defaults.</summary>
    public async Task<IReadOnlyDictionary<long, DeadlineReminderSettings>> AllAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return (await connection.QueryAsync("SELECT * FROM deadline_reminders", null, Map, ct)).ToDictionary(s => s.DeadlineId);
    }

    /// <summary>Returns false when nothing changed (already in that state).</summary>
    public Task<bool> SetPausedAsync(long deadlineId, bool paused, string actor, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            // Resuming a deadline that was never paused must not report a change, so only pausing inserts.
            var changed = paused
                ? await connection.ExecuteAsync(
                    """
                    INSERT INTO deadline_reminders (deadline_id, paused) VALUES ($d, 1)
                    ON CONFLICT (deadline_id) DO UPDATE SET paused = 1 WHERE paused = 0
                    """,
                    transaction, ct, ("$d", deadlineId))
                : await connection.ExecuteAsync(
                    "UPDATE deadline_reminders SET paused = 0 WHERE deadline_id = $d AND paused = 1", transaction, ct, ("$d", deadlineId));
            if (changed > 0)
            {
                await AuditLog.WriteAsync(connection, transaction, time.GetUtcNow(), actor, paused ? "reminders.pause" : "reminders.resume", "deadline", deadlineId, string.Empty, ct);
            }

            return changed > 0;
        }, ct);

    public Task SetOverridesAsync(long deadlineId, string? cadence, TimeOnly? sendTime, string actor, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var time24 = sendTime?.ToString("HH:mm", CultureInfo.InvariantCulture);
            await connection.ExecuteAsync(
                """
                INSERT INTO deadline_reminders (deadline_id, paused, cadence, send_time) VALUES ($d, 0, $c, $t)
                ON CONFLICT (deadline_id) DO UPDATE SET cadence = excluded.cadence, send_time = excluded.send_time
                """,
                transaction, ct, ("$d", deadlineId), ("$c", cadence), ("$t", time24));
            await AuditLog.WriteAsync(connection, transaction, time.GetUtcNow(), actor, "reminders.overrides", "deadline", deadlineId, $"{cadence} {time24}", ct);
        }, ct);

    private static DeadlineReminderSettings Map(SqliteDataReader r) => new(
        r.Long("deadline_id"),
        r.Bool("paused"),
        r.NullableString("cadence"),
        r.NullableString("send_time") is { } t ? TimeOnly.ParseExact(t, "HH:mm", CultureInfo.InvariantCulture) : null);
}
