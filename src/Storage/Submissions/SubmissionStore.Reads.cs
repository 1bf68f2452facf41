using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Submissions;

/// <summary>Reading submissions back: a unit's latest, a deadline's versions, what the tallies count.</summary>
internal sealed partial class SubmissionStore
{
    public async Task<Submission?> LatestAsync(long unitId, long deadlineId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await LatestAsync(connection, null, unitId, deadlineId, ct);
    }

    /// <summary>Which of <paramref name="deadlineIds"/> the unit has handed anything in for: one query however many.</summary>
    public async Task<IReadOnlySet<long>> HandedInAmongAsync(long unitId, IReadOnlyCollection<long> deadlineIds, CancellationToken ct = default)
    {
        if (deadlineIds.Count == 0)
        {
            return new HashSet<long>();
        }

        await using var connection = await database.OpenAsync(ct);
        var ids = await connection.QueryAsync(
            "SELECT DISTINCT deadline_id FROM submissions WHERE unit_id = $u AND deadline_id IN (SELECT value FROM json_each($ids))",
            null, r => r.GetInt64(0), ct, ("$u", unitId), ("$ids", Sql.IdList(deadlineIds)));
        return ids.ToHashSet();
    }

    /// <summary>Every version, oldest first: the first one decides whether the unit was on time.</summary>
    public async Task<IReadOnlyList<Submission>> AllForDeadlineAsync(long deadlineId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await LoadAsync(connection, "SELECT * FROM submissions WHERE deadline_id = $d ORDER BY unit_id, version", withFiles: true, ct, ("$d", deadlineId));
    }

    /// <summary>
    /// The first and the latest version of every unit's submission to the deadlines (of one unit when
    /// <paramref name="unitId"/> is given), with the latest that has files and the latest paper record: one query
    /// however many units and deadlines, a second for those versions' files when <paramref name="withFiles"/>.
    /// </summary>
    public async Task<IReadOnlyList<Submission>> FirstAndLatestAsync(IReadOnlyCollection<long> deadlineIds, long? unitId, bool withFiles, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        if (!withFiles)
        {
            // Counts (tallies, digests) need the first and the latest version only: both come from the
            // (deadline_id, unit_id, version) index, with no window over every version and no look at the files.
            return await LoadAsync(connection,
                $"""
                SELECT s.* FROM (
                    SELECT deadline_id, unit_id, MIN(version) AS first_version, MAX(version) AS latest_version
                    FROM submissions
                    WHERE deadline_id IN (SELECT value FROM json_each($ids)) {UnitFilter.For(unitId)}
                    GROUP BY deadline_id, unit_id) v
                JOIN submissions s ON s.unit_id = v.unit_id AND s.deadline_id = v.deadline_id AND s.version IN (v.first_version, v.latest_version)
                ORDER BY s.deadline_id, s.unit_id, s.version
                """, withFiles: false, ct, ("$ids", Sql.IdList(deadlineIds)), ("$unit", unitId));
        }

        // Every version in index order and the files by a join, then the four that matter picked per unit here: the
        // versions beyond them are few (corrections), and this avoids four window sorts and a files probe per version.
        (string Name, object? Value)[] parameters = [("$ids", Sql.IdList(deadlineIds)), ("$unit", unitId)];
        var all = await connection.QueryAsync(
            $"""
            SELECT * FROM submissions
            WHERE deadline_id IN (SELECT value FROM json_each($ids)) {UnitFilter.For(unitId)}
            ORDER BY deadline_id, unit_id, version
            """, null, Map, ct, parameters);
        if (all.Count == 0)
        {
            return all;
        }

        var files = await FilesAsync(connection,
            $"submission_id IN (SELECT id FROM submissions WHERE deadline_id IN (SELECT value FROM json_each($ids)) {UnitFilter.For(unitId)})", ct, parameters);
        var picked = new List<Submission>();
        foreach (var versions in all.Select(v => files.TryGetValue(v.Id, out var f) ? v with { Files = f } : v).GroupBy(v => (v.DeadlineId, v.UnitId)))
        {
            var list = versions.ToList();
            var keep = new HashSet<Submission>(ReferenceEqualityComparer.Instance)
            {
                list[0],
                list[^1],
            };
            if (list.LastOrDefault(v => v.Method == SubmissionMethod.Paper) is { } paper)
            {
                keep.Add(paper);
            }

            // The latest files of each kind: the unit's upload and the office's file received outside the bot, kept side by side.
            foreach (var method in (SubmissionMethod[])[SubmissionMethod.Upload, SubmissionMethod.Paper])
            {
                if (list.LastOrDefault(v => v.Method == method && v.Files.Count > 0) is { } latestOfKind)
                {
                    keep.Add(latestOfKind);
                }
            }

            picked.AddRange(list.Where(keep.Contains));
        }

        return picked;
    }

    /// <summary>
    /// Whether each unit's grading version (the fewest days late) was late, per deadline: the lean read behind the
    /// counts (/tonghop, the digest), off the covering index <see cref="Tallies.GradingIndex"/>.
    /// </summary>
    /// <returns>Per unit and deadline: <see cref="Tallies.UnitFlag.Flag"/> is whether the grading version was late.</returns>
    public async Task<List<Tallies.UnitFlag>> FirstLatenessAsync(IReadOnlyCollection<long> deadlineIds, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        // The version received earliest against the due date grades the unit (paper received on time, recorded after
        // a late upload, makes it on time), as the full tally and the export read it.
        return await Tallies.PackedCodes.ReadAsync(connection,
            """
            SELECT deadline_id, group_concat(unit_id * 2 + late)
            FROM (SELECT deadline_id, unit_id, MIN(days_late) > 0 AS late
                  FROM submissions
                  WHERE deadline_id IN (SELECT value FROM json_each($ids))
                  GROUP BY deadline_id, unit_id)
            GROUP BY deadline_id
            """, (deadline, code) => new Tallies.UnitFlag(deadline, code >> 1, (code & 1) == 1), ct, ("$ids", Sql.IdList(deadlineIds)));
    }

    private static async Task<Submission?> LatestAsync(SqliteConnection connection, SqliteTransaction? transaction, long unitId, long deadlineId, CancellationToken ct)
    {
        var id = await connection.ScalarAsync<long?>(
            "SELECT id FROM submissions WHERE unit_id = $u AND deadline_id = $d ORDER BY version DESC LIMIT 1",
            transaction, ct, ("$u", unitId), ("$d", deadlineId));
        return id is null ? null : await GetAsync(connection, transaction, id.Value, ct);
    }

    private static async Task<Submission?> GetAsync(SqliteConnection connection, SqliteTransaction? transaction, long id, CancellationToken ct)
    {
        var files = await FilesAsync(connection, "submission_id = $id", ct, ("$id", id));
        var row = await connection.QuerySingleAsync("SELECT * FROM submissions WHERE id = $id", transaction, Map, ct, ("$id", id));
        return row is null ? null : row with { Files = files.GetValueOrDefault(id, []) };
    }

    private static async Task<List<Submission>> LoadAsync(SqliteConnection connection, string sql, bool withFiles, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var rows = await connection.QueryAsync(sql, null, Map, ct, parameters);
        if (!withFiles || rows.Count == 0)
        {
            return rows;
        }

        var files = await FilesAsync(connection, "submission_id IN (SELECT value FROM json_each($ids))", ct, ("$ids", Sql.IdList(rows.Select(r => r.Id))));
        return rows.Select(s => files.TryGetValue(s.Id, out var f) ? s with { Files = f } : s).ToList();
    }

    private static async Task<Dictionary<long, IReadOnlyList<SubmissionFile>>> FilesAsync(
        SqliteConnection connection, string where, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var rows = await connection.QueryAsync(
            $"SELECT * FROM submission_files WHERE {where} ORDER BY submission_id, ordinal", null,
            r => (Id: r.Long("submission_id"), File: new SubmissionFile((int)r.Long("ordinal"), r.Str("sha256"), r.Str("original_name"), r.Str("content_type"), r.Long("size"))),
            ct, parameters);
        return rows.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => (IReadOnlyList<SubmissionFile>)g.Select(r => r.File).ToList());
    }

    /// <summary>A submission row without its files (they come from their own query).</summary>
    private static Submission Map(SqliteDataReader r)
    {
        var received = r.Instant("received_at");
        return new(
            r.Long("id"), r.Long("unit_id"), r.Long("deadline_id"), (int)r.Long("version"), received, r.Date("received_local_date"),
            r.Date("due_date"), (int)r.Long("days_late"), r.Str("by_whom"), r.Str("channel"), DbEnum.Parse<SubmissionMethod>(r.Str("method")),
            r.Str("note"), r.Str("receipt_no"), [])
        {
            LastFileAt = r.NullableInstant("last_file_at") ?? received,
        };
    }
}
