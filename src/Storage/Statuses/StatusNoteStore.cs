using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Statuses;

internal sealed class StatusNoteStore(SqliteDatabase database, TimeProvider time)
{
    /// <summary>The stored state as its enum number, in SQL (the names are ours, never user input).</summary>
    private static readonly string StateCode =
        "CASE state " + string.Concat(Enum.GetValues<StatusState>().Select(s => $"WHEN '{DbEnum.ToDb(s)}' THEN {(int)s} ")) + "END";

    public Task<StatusNote> AddAsync(long unitId, long deadlineId, StatusState state, string text, string? reference, string by, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            var id = await connection.InsertAsync(
                "INSERT INTO status_notes (unit_id, deadline_id, state, text, reference, created_at, created_by) VALUES ($u, $d, $state, $text, $ref, $now, $by)",
                transaction, ct, ("$u", unitId), ("$d", deadlineId), ("$state", state), ("$text", text), ("$ref", reference), ("$now", now), ("$by", by));
            await AuditLog.WriteAsync(connection, transaction, now, by, "status.add", "status_note", id, $"unit {unitId} deadline {deadlineId} {state}", ct);
            return new StatusNote(id, unitId, deadlineId, state, text, reference, now, by);
        }, ct);

    /// <summary>The latest status each unit gave for one deadline.</summary>
    public async Task<IReadOnlyDictionary<long, StatusNote>> LatestForDeadlineAsync(long deadlineId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync(
            """
            SELECT * FROM status_notes n
            WHERE n.deadline_id = $d AND n.id = (SELECT MAX(id) FROM status_notes x WHERE x.deadline_id = n.deadline_id AND x.unit_id = n.unit_id)
            """, null, Map, ct, ("$d", deadlineId));
        return rows.ToDictionary(n => n.UnitId);
    }

    /// <summary>The latest status of each unit (or of one unit) for each of the deadlines, in one query.</summary>
    public async Task<IReadOnlyList<StatusNote>> LatestForDeadlinesAsync(IReadOnlyCollection<long> deadlineIds, long? unitId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        // SQLite takes the other columns from the row that holds MAX(id), and walks the (deadline_id, unit_id) index
        // in order, so no sort: at 10,000 units × 50 deadlines this is several times faster than a window function.
        return await connection.QueryAsync(LatestSql(unitId), null, Map, ct, ("$ids", Sql.IdList(deadlineIds)), ("$unit", unitId));
    }

    /// <summary>The read behind <see cref="LatestForDeadlinesAsync"/>; one unit's off the index by deadline and unit (<see cref="UnitFilter"/>).</summary>
    internal static string LatestSql(long? unitId) =>
        $"""
        SELECT n.*, MAX(n.id) AS latest_id
        FROM status_notes n
        WHERE deadline_id IN (SELECT value FROM json_each($ids)) {UnitFilter.For(unitId)}
        GROUP BY deadline_id, unit_id
        """;

    /// <summary>
    /// The statuses of every unit per deadline, oldest first, only what the counts need (state, accepted, answered):
    /// the lean read behind /tonghop and the digest, with no text or names. The last one of a unit is its latest.
    /// </summary>
    public async Task<List<LatestState>> StatesInOrderAsync(IReadOnlyCollection<long> deadlineIds, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        // A unit's latest status is its last by id; ordering in the aggregate costs less than grouping per unit.
        return await Tallies.PackedCodes.ReadAsync(connection,
            $"""
            SELECT deadline_id, group_concat(unit_id * 64 + ({StateCode}) * 4 + (accepted_at IS NOT NULL) * 2 + (accepted_by IS NOT NULL), ',' ORDER BY id)
            FROM status_notes
            WHERE deadline_id IN (SELECT value FROM json_each($ids))
            GROUP BY deadline_id
            """, (deadline, code) => new LatestState(deadline, code >> 6, (StatusState)((code >> 2) & 15), (code & 2) != 0, (code & 1) != 0), ct,
            ("$ids", Sql.IdList(deadlineIds)));
    }

    /// <summary>
    /// The latest status of each unit for one deadline (the export's sheets): the same notes as
    /// <see cref="LatestForDeadlinesAsync"/>, returned by SQLite as one JSON array (a row per unit costs far more to
    /// step through than to parse).
    /// </summary>
    public async Task<IReadOnlyDictionary<long, StatusNote>> LatestForSheetAsync(long deadlineId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        // SQLite takes the other columns from the row that holds MAX(id).
        var json = await connection.Utf8ScalarAsync(
            $"""
            SELECT json_group_array(json_array(id, unit_id, state, text, reference, created_at, created_by, accepted_by, accepted_at))
            FROM (SELECT MAX(id) AS id, unit_id, {StateCode} AS state, text, reference, created_at, created_by, accepted_by, accepted_at
                  FROM status_notes WHERE deadline_id = $d GROUP BY unit_id)
            """, ct, ("$d", deadlineId));
        var notes = new Dictionary<long, StatusNote>();
        var rows = new Tallies.JsonRows(json);
        while (rows.NextRow())
        {
            var id = rows.Long();
            var unitId = rows.Long();
            notes[unitId] = new StatusNote(id, unitId, deadlineId, (StatusState)rows.Int(), rows.String()!, rows.String(), rows.Instant()!.Value, rows.String()!)
            {
                AcceptedBy = rows.String(),
                AcceptedAt = rows.Instant(),
            };
        }

        return notes;
    }

    public async Task<IReadOnlyList<StatusNote>> ForUnitAsync(long unitId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync("SELECT * FROM status_notes WHERE unit_id = $u ORDER BY id", null, Map, ct, ("$u", unitId));
    }

    public async Task<StatusNote?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleAsync("SELECT * FROM status_notes WHERE id = $id", null, Map, ct, ("$id", id));
    }

    /// <summary>
    /// An admin accepts a unit's "không có nội dung phát sinh", which excuses the unit from that deadline. Null when
    /// the note is unknown, is not such a reply, or was already accepted (a second click changes nothing).
    /// </summary>
    public Task<StatusNote?> AcceptExcuseAsync(long id, string by, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            var changed = await connection.ExecuteAsync(
                "UPDATE status_notes SET accepted_by = $by, accepted_at = $now WHERE id = $id AND state = 'nothing_to_report' AND accepted_by IS NULL",
                transaction, ct, ("$id", id), ("$by", by), ("$now", now));
            if (changed == 0)
            {
                return null;
            }

            await AuditLog.WriteAsync(connection, transaction, now, by, "status.accept_excuse", "status_note", id, string.Empty, ct);
            return await connection.QuerySingleAsync("SELECT * FROM status_notes WHERE id = $id", transaction, Map, ct, ("$id", id));
        }, ct);

    /// <summary>
    /// The office recorded what the unit said it sent on paper, by iOffice or by e-mail (/ghinhan): the claim is settled,
    /// audited, and waits for nobody any more. False when the note is not such a claim or was already answered.
    /// </summary>
    public Task<bool> SettleClaimAsync(long id, string by, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            var changed = await connection.ExecuteAsync(
                "UPDATE status_notes SET accepted_by = $by, accepted_at = $now WHERE id = $id AND state IN ('sent_on_paper', 'sent_via_i_office', 'sent_by_email') AND accepted_by IS NULL",
                transaction, ct, ("$id", id), ("$by", by), ("$now", now));
            if (changed > 0)
            {
                await AuditLog.WriteAsync(connection, transaction, now, by, "status.settle_claim", "status_note", id, string.Empty, ct);
            }

            return changed > 0;
        }, ct);

    /// <summary>An admin refuses the excuse: recorded as "refused:&lt;admin&gt;" so a later click cannot accept it.</summary>
    public Task<bool> RefuseExcuseAsync(long id, string by, CancellationToken ct = default) =>
        RefuseAsync(id, by, "'nothing_to_report'", "status.refuse_excuse", ct);

    /// <summary>
    /// The office did not receive what the unit says it sent on paper, by iOffice or by e-mail: recorded like a refused
    /// excuse ("refused:&lt;admin&gt;"), so reminders resume. False when the note is not such a claim or was answered.
    /// </summary>
    public Task<bool> RejectClaimAsync(long id, string by, CancellationToken ct = default) =>
        RefuseAsync(id, by, "'sent_on_paper', 'sent_via_i_office', 'sent_by_email'", "status.reject_claim", ct);

    /// <param name="states">The SQL list of the states this answer applies to (constants, never user input).</param>
    private Task<bool> RefuseAsync(long id, string by, string states, string action, CancellationToken ct) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            var changed = await connection.ExecuteAsync(
                $"UPDATE status_notes SET accepted_by = $by WHERE id = $id AND state IN ({states}) AND accepted_by IS NULL",
                transaction, ct, ("$id", id), ("$by", "refused:" + by));
            if (changed > 0)
            {
                await AuditLog.WriteAsync(connection, transaction, now, by, action, "status_note", id, string.Empty, ct);
            }

            return changed > 0;
        }, ct);

    private static StatusNote Map(SqliteDataReader r) => new(
        r.Long("id"), r.Long("unit_id"), r.Long("deadline_id"), DbEnum.Parse<StatusState>(r.Str("state")), r.Str("text"), r.NullableString("reference"), r.Instant("created_at"), r.Str("created_by"))
    {
        AcceptedBy = r.NullableString("accepted_by"),
        AcceptedAt = r.NullableInstant("accepted_at"),
    };
}
