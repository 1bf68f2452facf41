using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Reminders;

/// <summary>
/// What reminders have happened, per (deadline, unit, slot). The primary key makes each of them happen at most
/// once, across restarts and crashes, because the ledger row and its outbox rows are written together.
/// </summary>
internal sealed class ReminderLedgerStore(SqliteDatabase database, TimeProvider time)
{
    /// <summary>Ledger unit id for rows about the deadline as a whole (escalations to admins).</summary>
    public const long DeadlineWide = 0;

    /// <summary>
    /// Records the slot and enqueues its messages in one transaction. Returns false, writing nothing, when the slot
    /// is already in the ledger. <paramref name="skipped"/> are older slots passed over in the same step; they are
    /// recorded as skipped (if not there yet) so they never fire later.
    /// </summary>
    public Task<bool> RecordSlotAsync(
        long deadlineId,
        long unitId,
        string slot,
        IReadOnlyList<OutboxItem> messages,
        IReadOnlyList<string>? skipped = null,
        CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            // The sweep read the tally a moment ago: a unit that submitted since must not be told it has not.
            if (unitId != DeadlineWide && await connection.ScalarAsync<long>(
                    "SELECT COUNT(*) FROM submissions WHERE deadline_id = $d AND unit_id = $u", transaction, ct, ("$d", deadlineId), ("$u", unitId)) > 0)
            {
                return false;
            }

            var inserted = await connection.ExecuteAsync(
                """
                INSERT INTO reminder_ledger (deadline_id, unit_id, slot, sent_at, outcome) VALUES ($d, $u, $slot, $now, 'sent')
                ON CONFLICT (deadline_id, unit_id, slot) DO NOTHING
                """,
                transaction, ct, ("$d", deadlineId), ("$u", unitId), ("$slot", slot), ("$now", now));
            if (inserted == 0)
            {
                // The transaction commits nothing: the caller's messages are dropped with it.
                return false;
            }

            await InsertSkippedAsync(connection, transaction, deadlineId, unitId, skipped ?? [], now, ct);
            foreach (var message in messages)
            {
                await OutboxStore.InsertAsync(connection, transaction, message, now, ct);
            }

            return true;
        }, ct);

    /// <summary>
    /// Records several rows at once, of one deadline or several, with one set of messages (the admins' single notice
    /// of a sweep), all in one transaction. Rows already present are left alone; the messages are written only if at
    /// least one row is new, so a repeated sweep sends nothing.
    /// </summary>
    public Task<bool> RecordSlotsAsync(IReadOnlyList<LedgerSlot> slots, IReadOnlyList<OutboxItem> messages, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            var inserted = 0;
            foreach (var slot in slots)
            {
                var added = await connection.ExecuteAsync(
                    """
                    INSERT INTO reminder_ledger (deadline_id, unit_id, slot, sent_at, outcome) VALUES ($d, $u, $slot, $now, 'sent')
                    ON CONFLICT (deadline_id, unit_id, slot) DO NOTHING
                    """,
                    transaction, ct, ("$d", slot.DeadlineId), ("$u", slot.UnitId), ("$slot", slot.Slot), ("$now", now));
                if (added > 0)
                {
                    inserted++;
                    await InsertSkippedAsync(connection, transaction, slot.DeadlineId, slot.UnitId, slot.Skipped, now, ct);
                }
            }

            if (inserted == 0)
            {
                return false;
            }

            foreach (var message in messages)
            {
                await OutboxStore.InsertAsync(connection, transaction, message, now, ct);
            }

            return true;
        }, ct);

    /// <summary>Marks slots as passed over without sending; already recorded ones are left as they are.</summary>
    public Task RecordSkippedAsync(long deadlineId, long unitId, IReadOnlyList<string> slots, CancellationToken ct = default) =>
        database.InTransactionAsync((connection, transaction) =>
            InsertSkippedAsync(connection, transaction, deadlineId, unitId, slots, time.GetUtcNow(), ct), ct);

    public async Task<IReadOnlyList<LedgerEntry>> ForDeadlineAsync(long deadlineId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync(
            "SELECT * FROM reminder_ledger WHERE deadline_id = $d ORDER BY sent_at, unit_id, slot", null, Map, ct, ("$d", deadlineId));
    }

    /// <summary>The (unit, slot) pairs already in the ledger for each of the deadlines, in one query (the sweep).</summary>
    public async Task<IReadOnlyDictionary<long, HashSet<(long UnitId, string Slot)>>> DoneForDeadlinesAsync(IReadOnlyCollection<long> deadlineIds, CancellationToken ct = default)
    {
        var done = deadlineIds.ToDictionary(id => id, _ => new HashSet<(long UnitId, string Slot)>());
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.Command(
            "SELECT deadline_id, unit_id, slot FROM reminder_ledger WHERE deadline_id IN (SELECT value FROM json_each($ids))", null, ("$ids", Sql.IdList(deadlineIds)));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            done[reader.GetInt64(0)].Add((reader.GetInt64(1), reader.GetString(2)));
        }

        return done;
    }

    /// <summary>Reminders actually sent to each unit for one deadline (see <see cref="SentAsync"/>).</summary>
    public Task<IReadOnlyList<SentReminders>> SentForDeadlineAsync(long deadlineId, CancellationToken ct = default) =>
        SentAsync("deadline_id = $id", deadlineId, ct);

    /// <summary>
    /// <see cref="SentCountsForDeadlineAsync"/>'s read. Its filter is the partial index's (<see cref="Exports.SheetIndexes"/>),
    /// word for word, so the count never visits the ledger's rows.
    /// </summary>
    internal static readonly string SentCountsSql = $"""
        SELECT $id, group_concat(unit_id * 1048576 + n) FROM (
            SELECT unit_id, COUNT(*) AS n FROM reminder_ledger
            WHERE deadline_id = $id AND outcome = 'sent' AND unit_id <> {DeadlineWide} AND slot NOT LIKE 'unreachable-%'
            GROUP BY unit_id)
        HAVING COUNT(*) > 0
        """;

    /// <summary>
    /// How many reminders each unit was sent for one deadline, counted as <see cref="SentAsync"/> counts: the export's
    /// column, read as one row (<see cref="Tallies.PackedCodes"/>) instead of a row per unit.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, int>> SentCountsForDeadlineAsync(long deadlineId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var counts = await Tallies.PackedCodes.ReadAsync(connection, SentCountsSql,
            (_, code) => (Unit: code >> 20, Count: (int)(code & 1048575)), ct, ("$id", deadlineId));
        return counts.ToDictionary(c => c.Unit, c => c.Count);
    }

    /// <summary>Reminders actually sent to one unit, per deadline (see <see cref="SentAsync"/>).</summary>
    public Task<IReadOnlyList<SentReminders>> SentForUnitAsync(long unitId, CancellationToken ct = default) =>
        SentAsync("unit_id = $id", unitId, ct);

    /// <summary>
    /// Counts 'sent' slots only. Skipped slots never went out, and "unreachable-…" slots are notices to the admins
    /// about a unit nobody could be told, so neither counts as reminding the unit; unit 0 (escalations) is no unit.
    /// </summary>
    private async Task<IReadOnlyList<SentReminders>> SentAsync(string where, long id, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync(
            $"""
            SELECT deadline_id, unit_id, COUNT(*) AS n, MAX(sent_at) AS last_sent_at FROM reminder_ledger
            WHERE {where} AND outcome = 'sent' AND unit_id <> {DeadlineWide} AND slot NOT LIKE 'unreachable-%'
            GROUP BY deadline_id, unit_id ORDER BY deadline_id, unit_id
            """,
            null,
            r => new SentReminders(r.Long("deadline_id"), r.Long("unit_id"), (int)r.Long("n"), r.Instant("last_sent_at")),
            ct,
            ("$id", id));
    }

    private static async Task InsertSkippedAsync(
        SqliteConnection connection, SqliteTransaction transaction, long deadlineId, long unitId, IReadOnlyList<string> slots, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var slot in slots)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO reminder_ledger (deadline_id, unit_id, slot, sent_at, outcome) VALUES ($d, $u, $slot, $now, 'skipped')
                ON CONFLICT (deadline_id, unit_id, slot) DO NOTHING
                """,
                transaction, ct, ("$d", deadlineId), ("$u", unitId), ("$slot", slot), ("$now", now));
        }
    }

    private static LedgerEntry Map(SqliteDataReader r) => new(
        r.Long("deadline_id"), r.Long("unit_id"), r.Str("slot"), r.Instant("sent_at"), DbEnum.Parse<LedgerOutcome>(r.Str("outcome")));
}
