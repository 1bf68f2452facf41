using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Units;

namespace QcdcBot.Storage.Deadlines;

internal sealed class DeadlineStore(SqliteDatabase database, TimeProvider time)
{
    public Task<Deadline> CreateAsync(NewDeadline d, CancellationToken ct = default) =>
        database.InTransactionAsync((connection, transaction) => InsertAsync(connection, transaction, time.GetUtcNow(), d, ct), ct);

    /// <summary>The one insert of a new deadline, with its units and audit row, inside the caller's transaction.</summary>
    internal static async Task<Deadline> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset now, NewDeadline d, CancellationToken ct)
    {
        var id = await connection.InsertAsync(
            """
            INSERT INTO deadlines (title, kind, due_date, own_date, scope, scope_kind, recurrence, source_phrase, created_by, created_at, state, letter_id)
            VALUES ($title, $kind, $due, $due, $scope, $scopeKind, $recurrence, $phrase, $by, $now, 'open', $letter)
            """,
            transaction, ct,
            ("$title", d.Title), ("$kind", d.Kind), ("$due", d.DueDate), ("$scope", d.Scope), ("$scopeKind", d.ScopeKind),
            ("$recurrence", d.Recurrence), ("$phrase", d.SourcePhrase), ("$by", d.CreatedBy), ("$now", now), ("$letter", d.LetterId));
        foreach (var unitId in d.UnitIds.Distinct())
        {
            await connection.ExecuteAsync(
                "INSERT INTO deadline_units (deadline_id, unit_id) VALUES ($d, $u)", transaction, ct, ("$d", id), ("$u", unitId));
        }

        await AuditLog.WriteAsync(connection, transaction, now, d.CreatedBy, "deadline.create", "deadline", id, $"{d.Title} | {d.DueDate:yyyy-MM-dd} | {d.Scope}", ct);
        return (await GetAsync(connection, transaction, id, ct))!;
    }

    public async Task<Deadline?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await GetAsync(connection, null, id, ct);
    }

    /// <summary>Deadlines in due-date order; open ones only unless asked.</summary>
    public async Task<IReadOnlyList<Deadline>> ListAsync(bool includeClosed = false, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var where = includeClosed ? "1 = 1" : "state = 'open'";
        return await LoadAsync(connection, null, where, ct);
    }

    /// <summary>
    /// Moves the deadline. A unit's approved extension to an earlier day than the new date no longer applies (each
    /// unit gets the later of the two), and every submission is graded again against its unit's date.
    /// </summary>
    public Task<Deadline?> ChangeDueDateAsync(long id, DateOnly due, string actor, CancellationToken ct = default) =>
        // A granted date the new one covers is kept, not deleted: every read takes the later of the two, so the
        // extension stands again if the office moves the date back before it.
        ChangeAsync(id, actor, "deadline.due", "UPDATE deadlines SET due_date = $v, changed_at = $now WHERE id = $id", due, ct,
            (connection, transaction) => Submissions.SubmissionGrades.RegradeAsync(connection, transaction, id, ct));

    public Task<Deadline?> RenameAsync(long id, string title, string actor, CancellationToken ct = default) =>
        ChangeAsync(id, actor, "deadline.rename", "UPDATE deadlines SET title = $v, changed_at = $now WHERE id = $id", title, ct);

    /// <summary>Cancelling marks the deadline; nothing a user does deletes records.</summary>
    public Task<Deadline?> CancelAsync(long id, string actor, CancellationToken ct = default) =>
        ChangeAsync(id, actor, "deadline.cancel", "UPDATE deadlines SET state = $v, changed_at = $now WHERE id = $id", DeadlineState.Cancelled, ct);

    /// <summary>Opens a closed or cancelled deadline again (a close or cancel by mistake). Null when it was not closed or cancelled.</summary>
    public Task<Deadline?> ReopenAsync(long id, string actor, CancellationToken ct = default) =>
        ChangeAsync(id, actor, "deadline.reopen", "UPDATE deadlines SET state = $v, changed_at = $now WHERE id = $id AND state <> 'open'", DeadlineState.Open, ct);

    /// <summary>
    /// Closes an open deadline. A yearly one rolls over in the same transaction (<see cref="YearlyRollover"/>): next
    /// year's instance, made now or found already made by an earlier close (NextExisted). Null when the deadline is
    /// unknown or not open.
    /// </summary>
    public Task<(Deadline Closed, Deadline? Next, bool NextExisted)?> CloseAsync(long id, string actor, CancellationToken ct = default) =>
        database.InTransactionAsync<(Deadline, Deadline?, bool)?>(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            var changed = await connection.ExecuteAsync(
                "UPDATE deadlines SET state = 'closed', changed_at = $now WHERE id = $id AND state = 'open'", transaction, ct, ("$id", id), ("$now", now));
            if (changed == 0)
            {
                return null;
            }

            await AuditLog.WriteAsync(connection, transaction, now, actor, "deadline.close", "deadline", id, string.Empty, ct);
            var closed = (await GetAsync(connection, transaction, id, ct))!;
            if (closed.Recurrence != Recurrence.Yearly)
            {
                return (closed, null, false);
            }

            var (next, existed) = await YearlyRollover.NextAsync(connection, transaction, closed, actor, now, ct);
            return (closed, next, existed);
        }, ct);

    /// <summary>Next year's deadline made when this yearly one was closed before, if any.</summary>
    public async Task<Deadline?> RolledOverToAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await LoadAsync(connection, null, "rolled_from = $id", ct, ("$id", id));
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>
    /// "Kế hoạch QCDC năm 2024" becomes "… năm 2025": the title's year moves by the year the due date moves. The title
    /// may name the year before the due date ("Tổng kết năm 2026" due 15/1/2027) or after it (a plan), so a year within
    /// one of the due date's moves; a year further off is a reference ("Nghị quyết … 2019") and stays.
    /// </summary>
    internal static string NextYearTitle(string title, int year) =>
        System.Text.RegularExpressions.Regex.Replace(
            title, @"\b(?:19|20)\d\d\b",
            m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) is var named && Math.Abs(named - year) <= 1
                ? (named + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : m.Value,
            System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Per-unit due dates later than the deadline's own (granted extensions), read as one row of packed codes
    /// (<see cref="Tallies.PackedCodes"/>: the unit and the date's day number; a sheet of the export has thousands).
    /// </summary>
    public Task<IReadOnlyDictionary<long, DateOnly>> OverridesAsync(long deadlineId, CancellationToken ct = default) => OverridesAsync(deadlineId, includeCovered: false, ct);

    /// <param name="includeCovered">Also the granted dates the deadline's own date has reached (kept for a move back before them).</param>
    public async Task<IReadOnlyDictionary<long, DateOnly>> OverridesAsync(long deadlineId, bool includeCovered, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        // julianday of 0001-01-01 is 1721425.5: the difference is DateOnly's day number, below 2^22 for any date.
        var rows = await Tallies.PackedCodes.ReadAsync(connection,
            """
            SELECT $d, group_concat(unit_id * 4194304 + CAST(julianday(due_date) - 1721425.5 AS INTEGER))
            FROM due_overrides WHERE deadline_id = $d AND ($all OR due_date > (SELECT due_date FROM deadlines WHERE id = $d))
            HAVING COUNT(*) > 0
            """, (_, code) => (Unit: code >> 22, Due: DateOnly.FromDayNumber((int)(code & 4194303))), ct, ("$d", deadlineId), ("$all", includeCovered ? 1 : 0));
        return rows.ToDictionary(r => r.Unit, r => r.Due);
    }

    /// <summary>Every unit's own due date (an approved extension) for each of the deadlines, in one query.</summary>
    public async Task<IReadOnlyDictionary<(long DeadlineId, long UnitId), DateOnly>> OverridesForAsync(IReadOnlyCollection<long> deadlineIds, long? unitId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync(
            $"SELECT o.deadline_id, o.unit_id, o.due_date FROM due_overrides o JOIN deadlines d ON d.id = o.deadline_id AND o.due_date > d.due_date WHERE o.deadline_id IN (SELECT value FROM json_each($ids)) {UnitFilter.For(unitId, "o.unit_id")}",
            null, r => (Key: (r.Long("deadline_id"), r.Long("unit_id")), Due: r.Date("due_date")), ct,
            ("$ids", Sql.IdList(deadlineIds)), ("$unit", unitId));
        return rows.ToDictionary(r => r.Key, r => r.Due);
    }

    /// <summary>
    /// The units with their own due date (an approved extension), per deadline, and whether that date is before
    /// <paramref name="before"/>: the lean read behind the counts and the units' records.
    /// </summary>
    /// <returns>Per unit and deadline: <see cref="Tallies.UnitFlag.Flag"/> is whether its own date is before <paramref name="before"/>.</returns>
    public async Task<List<Tallies.UnitFlag>> OverriddenUnitsAsync(IReadOnlyCollection<long> deadlineIds, DateOnly before, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await Tallies.PackedCodes.ReadAsync(connection,
            "SELECT o.deadline_id, group_concat(o.unit_id * 2 + (o.due_date < $before)) FROM due_overrides o JOIN deadlines d ON d.id = o.deadline_id AND o.due_date > d.due_date WHERE o.deadline_id IN (SELECT value FROM json_each($ids)) GROUP BY o.deadline_id",
            (deadline, code) => new Tallies.UnitFlag(deadline, code >> 1, (code & 1) == 1), ct, ("$ids", Sql.IdList(deadlineIds)), ("$before", before));
    }

    private async Task<Deadline?> ChangeAsync(long id, string actor, string action, string sql, object value, CancellationToken ct,
        Func<SqliteConnection, SqliteTransaction, Task>? alsoDo = null) =>
        await database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            var changed = await connection.ExecuteAsync(sql, transaction, ct, ("$id", id), ("$v", value), ("$now", now));
            if (changed == 0)
            {
                return null;
            }

            if (alsoDo is not null)
            {
                await alsoDo(connection, transaction);
            }

            await AuditLog.WriteAsync(connection, transaction, now, actor, action, "deadline", id, Sql.ToDb(value).ToString() ?? string.Empty, ct);
            return await GetAsync(connection, transaction, id, ct);
        }, ct);

    internal static async Task<Deadline?> GetAsync(SqliteConnection connection, SqliteTransaction? transaction, long id, CancellationToken ct)
    {
        var rows = await LoadAsync(connection, transaction, "id = $id", ct, ("$id", id));
        return rows.Count == 0 ? null : rows[0];
    }

    private static async Task<List<Deadline>> LoadAsync(SqliteConnection connection, SqliteTransaction? transaction, string where, CancellationToken ct, params (string, object?)[] parameters)
    {
        // The letter's reference comes along so every list can say which letter a deadline came from.
        var rows = await connection.QueryAsync(
            $"SELECT *, (SELECT reference FROM letters WHERE letters.id = deadlines.letter_id) AS letter_reference FROM deadlines WHERE {where} ORDER BY due_date, id",
            transaction, Map, ct, parameters);
        var scoped = rows.Where(r => r.Scope == DeadlineScope.Units).Select(r => r.Id).ToList();
        if (scoped.Count == 0)
        {
            return rows;
        }

        // Every listed deadline's units in one read (one per deadline made listing the open deadlines N+1).
        var pairs = await connection.QueryAsync(
            "SELECT deadline_id, unit_id FROM deadline_units WHERE deadline_id IN (SELECT value FROM json_each($ids)) ORDER BY deadline_id, unit_id",
            transaction, r => (Deadline: r.GetInt64(0), Unit: r.GetInt64(1)), ct, ("$ids", Sql.IdList(scoped)));
        var units = pairs.GroupBy(p => p.Deadline).ToDictionary(g => g.Key, g => g.Select(p => p.Unit).ToList());
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Scope == DeadlineScope.Units)
            {
                rows[i] = rows[i] with { UnitIds = units.GetValueOrDefault(rows[i].Id) ?? [] };
            }
        }

        return rows;
    }

    private static Deadline Map(SqliteDataReader r) => new(
        r.Long("id"),
        r.Str("title"),
        r.Str("kind"),
        r.Date("due_date"),
        DbEnum.Parse<DeadlineScope>(r.Str("scope")),
        r.NullableString("scope_kind") is { } k ? DbEnum.Parse<UnitKind>(k) : null,
        [],
        DbEnum.Parse<Recurrence>(r.Str("recurrence")),
        r.Str("source_phrase"),
        r.Str("created_by"),
        r.Instant("created_at"),
        DbEnum.Parse<DeadlineState>(r.Str("state")))
    {
        ChangedAt = r.NullableInstant("changed_at"),
        LetterId = r.NullableLong("letter_id"),
        LetterReference = r.NullableString("letter_reference"),
    };
}
