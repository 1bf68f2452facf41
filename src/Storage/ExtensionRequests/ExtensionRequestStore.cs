using System.Globalization;
using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.ExtensionRequests;

internal sealed class ExtensionRequestStore(SqliteDatabase database, TimeProvider time)
{
    public Task<ExtensionRequest> CreateAsync(long unitId, long deadlineId, DateOnly requestedDate, string reason, string by, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            // A unit's newer request for the same deadline replaces its pending one: admins decide on one date only.
            var older = await connection.QueryAsync(
                "SELECT id FROM extension_requests WHERE unit_id = $u AND deadline_id = $d AND state = 'pending'", transaction, r => r.Long("id"), ct,
                ("$u", unitId), ("$d", deadlineId));
            var id = await connection.InsertAsync(
                "INSERT INTO extension_requests (unit_id, deadline_id, requested_date, reason, requested_by, requested_at) VALUES ($u, $d, $date, $reason, $by, $now)",
                transaction, ct, ("$u", unitId), ("$d", deadlineId), ("$date", requestedDate), ("$reason", reason), ("$by", by), ("$now", now));
            await AuditLog.WriteAsync(connection, transaction, now, by, "extension.request", "extension_request", id, $"unit {unitId} deadline {deadlineId} to {requestedDate:yyyy-MM-dd}", ct);
            foreach (var old in older)
            {
                await connection.ExecuteAsync(
                    "UPDATE extension_requests SET state = 'denied', decided_by = $by, decided_at = $now WHERE id = $id",
                    transaction, ct, ("$by", SupersededBy(id)), ("$now", now), ("$id", old));
                await AuditLog.WriteAsync(connection, transaction, now, by, "extension.supersede", "extension_request", old, $"by {id}", ct);
            }

            return new ExtensionRequest(id, unitId, deadlineId, requestedDate, reason, by, now, ExtensionState.Pending, null, null) { Superseded = older };
        }, ct);

    public async Task<ExtensionRequest?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleAsync("SELECT * FROM extension_requests WHERE id = $id", null, Map, ct, ("$id", id));
    }

    /// <summary>The pending requests for each of the deadlines (of one unit when <paramref name="unitId"/> is given), in one query.</summary>
    public async Task<IReadOnlyList<ExtensionRequest>> PendingForDeadlinesAsync(IReadOnlyCollection<long> deadlineIds, long? unitId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync(
            $"SELECT * FROM extension_requests WHERE state = 'pending' AND deadline_id IN (SELECT value FROM json_each($ids)) {UnitFilter.For(unitId)} ORDER BY id",
            null, Map, ct, ("$ids", Sql.IdList(deadlineIds)), ("$unit", unitId));
    }

    /// <summary>
    /// Each unit's latest pending request for one deadline (the one the export's sheet shows), returned by SQLite as
    /// one JSON array off the pending index: a sheet has hundreds, and a row each cost more to step through than to parse.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, ExtensionRequest>> LatestPendingForSheetAsync(long deadlineId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        // SQLite takes the other columns from the row that holds MAX(id).
        var json = await connection.Utf8ScalarAsync(
            """
            SELECT json_group_array(json_array(id, unit_id, requested_date, reason, requested_by, requested_at, decided_by, decided_at))
            FROM (SELECT MAX(id) AS id, unit_id, requested_date, reason, requested_by, requested_at, decided_by, decided_at
                  FROM extension_requests WHERE deadline_id = $d AND state = 'pending' GROUP BY unit_id)
            """, ct, ("$d", deadlineId));
        var pending = new Dictionary<long, ExtensionRequest>();
        var rows = new Tallies.JsonRows(json);
        while (rows.NextRow())
        {
            var id = rows.Long();
            var unitId = rows.Long();
            var date = DateOnly.ParseExact(rows.String()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            pending[unitId] = new ExtensionRequest(id, unitId, deadlineId, date, rows.String()!, rows.String()!, rows.Instant()!.Value, ExtensionState.Pending, rows.String(), rows.Instant());
        }

        return pending;
    }

    /// <summary>
    /// The units the office refused an extension, per deadline: a decision, not a request a newer one replaced nor one
    /// closed as no longer needed nor one the unit took back. The read behind every tally's "bị từ chối gia hạn".
    /// </summary>
    public async Task<List<Tallies.UnitFlag>> DeniedUnitsAsync(IReadOnlyCollection<long> deadlineIds, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await Tallies.PackedCodes.ReadAsync(connection,
            """
            SELECT deadline_id, group_concat(DISTINCT unit_id) FROM extension_requests
            WHERE state = 'denied' AND decided_by NOT LIKE 'superseded:%' AND decided_by NOT LIKE 'unneeded:%' AND decided_by NOT LIKE 'withdrawn:%' AND deadline_id IN (SELECT value FROM json_each($ids))
            GROUP BY deadline_id
            """,
            (deadline, unit) => new Tallies.UnitFlag(deadline, unit, true), ct, ("$ids", Sql.IdList(deadlineIds)));
    }

    /// <summary>The units with a pending request, per deadline: the lean read behind the counts.</summary>
    public async Task<List<Tallies.UnitFlag>> PendingUnitsAsync(IReadOnlyCollection<long> deadlineIds, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await Tallies.PackedCodes.ReadAsync(connection,
            "SELECT deadline_id, group_concat(unit_id) FROM extension_requests WHERE state = 'pending' AND deadline_id IN (SELECT value FROM json_each($ids)) GROUP BY deadline_id",
            (deadline, unit) => new Tallies.UnitFlag(deadline, unit, true), ct, ("$ids", Sql.IdList(deadlineIds)));
    }

    public async Task<IReadOnlyList<ExtensionRequest>> ForDeadlineAsync(long deadlineId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        // The date an approval gave (the working day before a day off, or a date the admin typed) is the unit's own due
        // date the approval wrote, while it stands.
        return await connection.QueryAsync(
            """
            SELECT e.*, o.due_date AS granted_date FROM extension_requests e
            LEFT JOIN due_overrides o ON o.request_id = e.id AND o.deadline_id = e.deadline_id AND o.unit_id = e.unit_id
            WHERE e.deadline_id = $d ORDER BY e.id
            """, null, r => Map(r) with { GrantedDate = r.NullableDate("granted_date") }, ct, ("$d", deadlineId));
    }

    /// <summary>
    /// Approves or denies a pending request. Approval moves that unit's due date in the same transaction, and never
    /// shortens an extension already granted (approving an older, earlier request after a later one changes nothing).
    /// Returns null when the request is unknown or already decided (a second click changes nothing).
    /// </summary>
    /// <param name="grantedDate">The date granted when it is not the one asked for (the working day before a requested day off).</param>
    public Task<ExtensionRequest?> DecideAsync(long id, bool approve, string by, DateOnly? grantedDate = null, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            var request = await connection.QuerySingleAsync("SELECT * FROM extension_requests WHERE id = $id", transaction, Map, ct, ("$id", id));
            if (request is null || request.State != ExtensionState.Pending)
            {
                return null;
            }

            var state = approve ? ExtensionState.Approved : ExtensionState.Denied;
            await connection.ExecuteAsync(
                "UPDATE extension_requests SET state = $state, decided_by = $by, decided_at = $now WHERE id = $id",
                transaction, ct, ("$state", state), ("$by", by), ("$now", now), ("$id", id));
            if (approve)
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO due_overrides (deadline_id, unit_id, due_date, granted_by, granted_at, request_id) VALUES ($d, $u, $date, $by, $now, $id)
                    ON CONFLICT (deadline_id, unit_id) DO UPDATE SET due_date = MAX(due_date, excluded.due_date), granted_by = excluded.granted_by, granted_at = excluded.granted_at, request_id = excluded.request_id
                    """,
                    transaction, ct, ("$d", request.DeadlineId), ("$u", request.UnitId), ("$date", grantedDate ?? request.RequestedDate), ("$by", by), ("$now", now), ("$id", id));
                await Submissions.SubmissionGrades.RegradeAsync(connection, transaction, request.DeadlineId, ct);
            }

            await AuditLog.WriteAsync(connection, transaction, now, by, approve ? "extension.approve" : "extension.deny", "extension_request", id, string.Empty, ct);
            return request with { State = state, DecidedBy = by, DecidedAt = now };
        }, ct);

    /// <summary>
    /// Closes a pending request the unit's hand-in made pointless (the admin answered "Không" to approving it anyway):
    /// kept as 'denied' with <see cref="UnneededBy"/> as the decider, so it is recorded but never waits again.
    /// </summary>
    public Task<ExtensionRequest?> CloseUnneededAsync(long id, string by, CancellationToken ct = default) =>
        CloseAsync(id, by, UnneededBy(by), "extension.unneeded", ct);

    /// <summary>
    /// The unit takes back its own pending request ("không xin gia hạn nữa"): kept as 'denied' with <see cref="WithdrawnBy"/>
    /// as the decider, so it is recorded, never counted as the office's refusal, and never waits again.
    /// </summary>
    public Task<ExtensionRequest?> WithdrawAsync(long id, string by, CancellationToken ct = default) =>
        CloseAsync(id, by, WithdrawnBy(by), "extension.withdraw", ct);

    private Task<ExtensionRequest?> CloseAsync(long id, string by, string decidedBy, string action, CancellationToken ct) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            var request = await connection.QuerySingleAsync("SELECT * FROM extension_requests WHERE id = $id", transaction, Map, ct, ("$id", id));
            if (request is not { State: ExtensionState.Pending })
            {
                return null;
            }

            await connection.ExecuteAsync(
                "UPDATE extension_requests SET state = 'denied', decided_by = $by, decided_at = $now WHERE id = $id",
                transaction, ct, ("$by", decidedBy), ("$now", now), ("$id", id));
            await AuditLog.WriteAsync(connection, transaction, now, by, action, "extension_request", id, string.Empty, ct);
            return request with { State = ExtensionState.Denied, DecidedBy = decidedBy, DecidedAt = now };
        }, ct);

    /// <summary>Who closed a request as no longer needed.</summary>
    public static string UnneededBy(string by) => $"unneeded:{by}";

    /// <summary>Who took back their own unit's request.</summary>
    public static string WithdrawnBy(string by) => $"withdrawn:{by}";

    /// <summary>Who "decided" a request that a newer one from the same unit replaced.</summary>
    public static string SupersededBy(long newerId) => $"superseded:{newerId}";

    private static ExtensionRequest Map(SqliteDataReader r) => new(
        r.Long("id"), r.Long("unit_id"), r.Long("deadline_id"), r.Date("requested_date"), r.Str("reason"), r.Str("requested_by"), r.Instant("requested_at"),
        DbEnum.Parse<ExtensionState>(r.Str("state")), r.NullableString("decided_by"), r.NullableInstant("decided_at"));
}
