using System.Globalization;
using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Submissions;

/// <summary>A unit's submissions: the writes (a new version, further pages); the reads, the stored bytes and the export's sheet are in the other parts.</summary>
internal sealed partial class SubmissionStore(SqliteDatabase database, TimeProvider time)
{
    public Task<SubmitResult> SubmitAsync(NewSubmission s, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var latest = await LatestAsync(connection, transaction, s.UnitId, s.DeadlineId, ct);
            // Files the current version already holds, alone or all of them again (a double tap, the same file sent
            // with "bản mới"), change nothing: a new version of only those would demote the rest of the hand-in.
            if (latest is not null && s.Method == SubmissionMethod.Upload && latest.Files.Count > 0 && s.Files.Count > 0 &&
                s.Files.All(f => latest.Files.Any(had => had.Sha256 == f.Sha256)))
            {
                return new SubmitResult(SubmitOutcome.Duplicate, latest);
            }

            var now = time.GetUtcNow();
            var version = (latest?.Version ?? 0) + 1;
            var nextId = await connection.ScalarAsync<long>("SELECT COALESCE(MAX(id), 0) + 1 FROM submissions", transaction, ct);
            var receipt = await NextReceiptAsync(connection, transaction, s.IssuedLocalDate.Year, ct);
            var daysLate = s.ReceivedLocalDate.DayNumber - s.DueDate.DayNumber;
            var id = await connection.InsertAsync(
                """
                INSERT INTO submissions (id, unit_id, deadline_id, version, received_at, received_local_date, due_date, days_late, by_whom, channel, method, note, receipt_no, last_file_at)
                VALUES ($id, $unit, $deadline, $version, $at, $local, $due, $late, $by, $channel, $method, $note, $receipt, $filed)
                """,
                transaction, ct,
                ("$id", nextId), ("$unit", s.UnitId), ("$deadline", s.DeadlineId), ("$version", version), ("$at", s.ReceivedAt),
                ("$local", s.ReceivedLocalDate), ("$due", s.DueDate), ("$late", Math.Max(0, daysLate)), ("$by", s.ByWhom),
                ("$channel", s.Channel), ("$method", s.Method), ("$note", s.Note), ("$receipt", receipt),
("$filed", s.FiledAt));
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
    /// "BN2027-00001": numbered within the year it is issued, from 1, one above the year's highest so far — never
    /// repeated and never lower than an earlier receipt of that year, even for paper received last year and entered
    /// now. Read in the write transaction, which holds the store's write lock, so two hand-ins at once never share one.
    /// </summary>
    private static async Task<string> NextReceiptAsync(SqliteConnection connection, SqliteTransaction transaction, int year, CancellationToken ct)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"BN{year}-");
        var last = await connection.ScalarAsync<long>(ReceiptNumbers.LastSql, transaction, ct, ("$prefix", prefix));
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{last + 1:D5}");
    }

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
}
