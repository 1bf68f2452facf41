using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Submissions;

internal sealed class SubmissionStore(SqliteDatabase database, TimeProvider time)
{
    public Task<SubmitResult> SubmitAsync(NewSubmission s, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var latest = await LatestAsync(connection, transaction, s.UnitId, s.DeadlineId, ct);
            if (latest is not null && s.Method == SubmissionMethod.Upload && latest.Files.Count > 0 &&
                latest.Files.Select(f => f.Sha256).Order().SequenceEqual(s.Files.Select(f => f.Sha256).Order()))
            {
                return new SubmitResult(SubmitOutcome.Duplicate, latest);
            }

            var now = time.GetUtcNow();
            var version = (latest?.Version ?? 0) + 1;
            var nextId = await connection.ScalarAsync<long>("SELECT COALESCE(MAX(id), 0) + 1 FROM submissions", transaction, ct);
            // Numbered by the year it is issued, with the row's id: never repeated, and never lower than an earlier
            // receipt of the same year, even for paper received last year and entered now.
            var receipt = string.Create(CultureInfo.InvariantCulture, $"BN{s.IssuedLocalDate.Year}-{nextId:D5}");
            var daysLate = s.ReceivedLocalDate.DayNumber - s.DueDate.DayNumber;
            var id = await connection.InsertAsync(
                """
                INSERT INTO submissions (id, unit_id, deadline_id, version, received_at, received_local_date, due_date, days_late, by_whom, channel, method, note, receipt_no)
                VALUES ($id, $unit, $deadline, $version, $at, $local, $due, $late, $by, $channel, $method, $note, $receipt)
                """,
                transaction, ct,
                ("$id", nextId), ("$unit", s.UnitId), ("$deadline", s.DeadlineId), ("$version", version), ("$at", s.ReceivedAt),
                ("$local", s.ReceivedLocalDate), ("$due", s.DueDate), ("$late", Math.Max(0, daysLate)), ("$by", s.ByWhom),
                ("$channel", s.Channel), ("$method", s.Method), ("$note", s.Note), ("$receipt", receipt));
            for (var i = 0; i < s.Files.Count; i++)
            {
                var file = s.Files[i];
                await connection.ExecuteAsync(
                    "INSERT INTO submission_files (submission_id, ordinal, sha256, original_name, content_type, size, sent_at) VALUES ($s, $o, $sha, $name, $type, $size, $sent)",
                    transaction, ct, ("$s", id), ("$o", i + 1), ("$sha", file.Sha256), ("$name", file.Name), ("$type", file.ContentType), ("$size", file.Size), ("$sent", file.SentAt));
            }

            await AuditLog.WriteAsync(connection, transaction, now, s.ByWhom, "submission.add", "submission", id,
                $"unit {s.UnitId} deadline {s.DeadlineId} v{version} {s.Method} {s.Files.Count} file(s) {receipt} received {s.ReceivedLocalDate:yyyy-MM-dd}", ct);
            var stored = await GetAsync(connection, transaction, id, ct);
            return new SubmitResult(SubmitOutcome.Stored, stored!);
        }, ct);

    /// <summary>
    /// Adds files to a submission as further pages (photos of a paper report sent one by one). Files it already
    /// holds are not added twice; when all are already there it is a duplicate.
    /// </summary>
    public Task<SubmitResult> AddPagesAsync(long submissionId, IReadOnlyList<IncomingFile> files, string byWhom, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var existing = (await GetAsync(connection, transaction, submissionId, ct))!;
            var fresh = files.Where(f => existing.Files.All(e => e.Sha256 != f.Sha256)).DistinctBy(f => f.Sha256).ToList();
            if (fresh.Count == 0)
            {
                return new SubmitResult(SubmitOutcome.Duplicate, existing);
            }

            var now = time.GetUtcNow();
            var ordinal = existing.Files.Count == 0 ? 0 : existing.Files.Max(f => f.Ordinal);
            foreach (var file in fresh)
            {
                await connection.ExecuteAsync(
                    "INSERT INTO submission_files (submission_id, ordinal, sha256, original_name, content_type, size, sent_at) VALUES ($s, $o, $sha, $name, $type, $size, $sent)",
                    transaction, ct, ("$s", submissionId), ("$o", ++ordinal), ("$sha", file.Sha256), ("$name", file.Name), ("$type", file.ContentType), ("$size", file.Size), ("$sent", file.SentAt));
            }

            await OrderBySendingAsync(connection, transaction, submissionId, ct);

            await connection.ExecuteAsync("UPDATE submissions SET last_file_at = $now WHERE id = $id", transaction, ct, ("$now", now), ("$id", submissionId));
            await AuditLog.WriteAsync(connection, transaction, now, byWhom, "submission.pages", "submission", submissionId,
                $"{fresh.Count} file(s) added, {existing.Files.Count + fresh.Count} in all", ct);
            return new SubmitResult(SubmitOutcome.PagesAdded, (await GetAsync(connection, transaction, submissionId, ct))!);
        }, ct);

    /// <summary>
    /// Two members sending pages close together may be filed in another order than they sent them: the pages are
    /// numbered again by when each was sent (a page without a send time keeps its place after the one before it).
    /// </summary>
    private static async Task OrderBySendingAsync(SqliteConnection connection, SqliteTransaction transaction, long submissionId, CancellationToken ct)
    {
        var rows = await connection.QueryAsync("SELECT ordinal, sent_at FROM submission_files WHERE submission_id = $s ORDER BY ordinal", transaction,
            r => (Ordinal: r.Long("ordinal"), SentAt: r.NullableInstant("sent_at")), ct, ("$s", submissionId));
        var keyed = new List<(long Ordinal, DateTimeOffset Key)>();
        var last = DateTimeOffset.MinValue;
        foreach (var (ordinal, sentAt) in rows)
        {
            last = sentAt ?? last;
            keyed.Add((ordinal, last));
        }

        var ordered = keyed.OrderBy(k => k.Key).ToList();
        if (ordered.Select(k => k.Ordinal).SequenceEqual(keyed.Select(k => k.Ordinal)))
        {
            return;
        }

        // Through negative numbers, so the (submission, ordinal) key never collides half-way.
        for (var i = 0; i < ordered.Count; i++)
        {
            await connection.ExecuteAsync("UPDATE submission_files SET ordinal = $new WHERE submission_id = $s AND ordinal = $old", transaction, ct,
                ("$new", -(i + 1)), ("$s", submissionId), ("$old", ordered[i].Ordinal));
        }

        await connection.ExecuteAsync("UPDATE submission_files SET ordinal = -ordinal WHERE submission_id = $s", transaction, ct, ("$s", submissionId));
    }

    /// <summary>
    /// Keeps the bytes, content-addressed: the same bytes are stored once whoever sends them. Files are stored
    /// before the submission that names them, so a file waiting for "which deadline?" is never lost.
    /// </summary>
    public async Task<string> PutFileAsync(byte[] bytes, CancellationToken ct = default)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(
            "INSERT OR IGNORE INTO stored_files (sha256, size, content, stored_at) VALUES ($sha, $size, $content, $now)",
            null, ct, ("$sha", sha), ("$size", bytes.LongLength), ("$content", bytes), ("$now", time.GetUtcNow()));
        return sha;
    }

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
                """
                SELECT s.* FROM (
                    SELECT deadline_id, unit_id, MIN(version) AS first_version, MAX(version) AS latest_version
                    FROM submissions
                    WHERE deadline_id IN (SELECT value FROM json_each($ids)) AND ($unit IS NULL OR unit_id = $unit)
                    GROUP BY deadline_id, unit_id) v
                JOIN submissions s ON s.unit_id = v.unit_id AND s.deadline_id = v.deadline_id AND s.version IN (v.first_version, v.latest_version)
                ORDER BY s.deadline_id, s.unit_id, s.version
                """, withFiles: false, ct, ("$ids", Sql.IdList(deadlineIds)), ("$unit", unitId));
        }

        // Every version in index order and the files by a join, then the four that matter picked per unit here: the
        // versions beyond them are few (corrections), and this avoids four window sorts and a files probe per version.
        (string Name, object? Value)[] parameters = [("$ids", Sql.IdList(deadlineIds)), ("$unit", unitId)];
        var all = await connection.QueryAsync(
            """
            SELECT * FROM submissions
            WHERE deadline_id IN (SELECT value FROM json_each($ids)) AND ($unit IS NULL OR unit_id = $unit)
            ORDER BY deadline_id, unit_id, version
            """, null, Map, ct, parameters);
        if (all.Count == 0)
        {
            return all;
        }

        var files = await FilesAsync(connection,
            "submission_id IN (SELECT id FROM submissions WHERE deadline_id IN (SELECT value FROM json_each($ids)) AND ($unit IS NULL OR unit_id = $unit))", ct, parameters);
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

            if (list.LastOrDefault(v => v.Files.Count > 0) is { } upload)
            {
                keep.Add(upload);
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

    /// <summary>
    /// <see cref="ForSheetAsync"/>'s read. A paper record's note only: an upload's note is not shown, and its null tells
    /// the fold the version is no paper. The order is the subquery's, which the indexes give without a sort (an
    /// aggregate's own ORDER BY always sorts: a quarter of this read); SQLite keeps an ordered subquery under an
    /// aggregate as it is, never flattened into it.
    /// </summary>
    internal const string SheetSql = """
        SELECT json_group_array(json_array(unit_id, version, days_late, received_at, receipt_no, original_name, note))
        FROM (SELECT s.unit_id, s.version, s.days_late, s.received_at, s.receipt_no, f.original_name,
                 CASE WHEN s.method = 'paper' THEN s.note END AS note
              FROM submissions s LEFT JOIN submission_files f ON f.submission_id = s.id
              WHERE s.deadline_id = $d
              ORDER BY s.unit_id, s.version, f.ordinal)
        """;

    /// <summary>
    /// Each unit's submissions to one deadline reduced to what the export's sheet shows (<see cref="SheetSubmission"/>):
    /// the deadline's versions off the unique (deadline, unit, version) index joined to their files' names in order
    /// (<see cref="Exports.SheetIndexes"/>; a row per file, the names put together here: a subquery per version cost
    /// SQLite a sixth more), returned as one JSON array in order and folded once. A row per version cost two P/Invokes,
    /// a handle's add-ref and SQLite's mutex per column read.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, SheetSubmission>> ForSheetAsync(long deadlineId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var json = await connection.Utf8ScalarAsync(SheetSql, ct, ("$d", deadlineId));
        return ReadSheet(json, ct);
    }

    /// <summary>
    /// The rows of <see cref="ForSheetAsync"/>, a unit's versions in order and a version's files in order, folded into
    /// one record per unit (the fields kept in locals, not a record copied per version; a column parsed only when the
    /// sheet shows it). Compiled optimised at once: it runs once per sheet.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Dictionary<long, SheetSubmission> ReadSheet(byte[] json, CancellationToken ct)
    {
        var sheet = new Dictionary<long, SheetSubmission>();
        long unit = -1;
        DateTimeOffset firstAt = default;
        int firstLate = 0, versions = 0, filesVersion = 0, paperVersion = 0;
        string receipt = string.Empty;
        string? files = null, paperNote = null;
        var rows = new Tallies.JsonRows(json);
        while (rows.NextRow())
        {
            ct.ThrowIfCancellationRequested();
            var unitId = rows.Long();
            var version = rows.Int();
            if (unitId == unit && version == versions)
            {
                // A further file of the version just read: only its name is new.
                rows.Skip(3);
                files += "; " + rows.String();
                continue;
            }

            var daysLate = rows.Int();
            if (unitId != unit)
            {
                if (unit >= 0)
                {
                    sheet[unit] = new SheetSubmission(unit, firstAt, firstLate, versions, receipt, filesVersion, files, paperVersion, paperNote);
                }

                // Versions count from 1 and are never deleted: the first version of a unit comes first.
                unit = unitId;
                (firstAt, firstLate) = (rows.Instant()!.Value, daysLate);
                (filesVersion, files, paperVersion, paperNote) = (0, null, 0, null);
            }
            else if (daysLate < firstLate)
            {
                // A version received earlier against the due date (paper recorded later) grades the unit, as in the tallies.
                (firstAt, firstLate) = (rows.Instant()!.Value, daysLate);
            }
            else
            {
                rows.Skip(1);
            }

            versions = version;
            receipt = rows.String()!;
            if (rows.String() is { } name)
            {
                (filesVersion, files) = (versions, name);
            }

            if (rows.String() is { } note)
            {
                (paperVersion, paperNote) = (versions, note);
            }
        }

        if (unit >= 0)
        {
            sheet[unit] = new SheetSubmission(unit, firstAt, firstLate, versions, receipt, filesVersion, files, paperVersion, paperNote);
        }

        return sheet;
    }

    public async Task<byte[]?> ReadFileAsync(string sha256, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.Command("SELECT content FROM stored_files WHERE sha256 = $sha", null, ("$sha", sha256));
        return await command.ExecuteScalarAsync(ct) as byte[];
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
