using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using QcdcBot.Storage;
using QcdcBot.Storage.Database;

namespace QcdcBot.Scale;

/// <summary>What a generated store holds, in the tally's own terms (summed over every unit × deadline pair).</summary>
internal sealed record ScaleMix(
    int Units,
    int Deadlines,
    int Submitted,
    int OnTime,
    int Late,
    int Extended,
    int Paper,
    int WithFiles,
    int Corrected,
    int Excused,
    int RefusedExcuses,
    int StatusOnly,
    int ExtensionPending,
    int Silent,
    int Secretaries,
    int Reminders);

/// <summary>
/// A store at the size of a national rollout (10,000 units × 50 deadlines by default) with the mix the office sees:
/// about half submitted (on time, late, under an approved extension, on paper, some corrected by a second version,
/// uploads with files), accepted and refused "không có nội dung phát sinh", status-only replies, pending extension
/// requests and silence. The schema is our migrations'; the rows go in with prepared inserts in one transaction, so
/// the full size takes seconds. Shared by the load harness, the benchmarks and the tests (a linked source file).
/// </summary>
internal static class ScaleDataset
{
    public const string Admin = "telegram:8000000";

    /// <summary>Secretaries' Telegram user ids are this plus the unit id.</summary>
    public const long SecretaryBase = 1_000_000;

    // Every pair (unit, deadline) falls into one of twenty situations; ten of them are submitted.
    private const int Situations = 20;

    public static async Task<ScaleMix> CreateAsync(string path, int units, int deadlines, DateTimeOffset now, CancellationToken ct = default)
    {
        using (var database = new SqliteDatabase(Options.Create(new StorageOptions { Path = path })))
        {
            await database.MigrateAsync(ct);
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using (var fast = connection.CreateCommand())
        {
            // A generated file that a crash would simply regenerate: no fsync while it is written.
            fast.CommandText = "PRAGMA synchronous = OFF;";
            await fast.ExecuteNonQueryAsync(ct);
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        var writer = new Writer(connection, transaction, now);
        var mix = writer.Write(units, deadlines);
        await transaction.CommitAsync(ct);
        return mix;
    }

    private sealed class Writer(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset now)
    {
        private static readonly TimeSpan Office = TimeSpan.FromHours(7);
        private static readonly string[] Kinds = ["chi_bo", "chi_bo", "dang_bo", "doan_the"];
        private static readonly string[] FileNames = ["Bao cao QCDC.docx", "Ke hoach thuc hien.docx", "Bao cao so ket.pdf", "Bien ban hoi nghi.pdf"];

        private readonly DateOnly _today = DateOnly.FromDateTime(now.ToOffset(Office).DateTime);
        private readonly Random _random = new(20_261_129);
        private readonly List<(string Sha, long Size)> _blobs = [];
        private long _submissionId;
        private int _onTime, _late, _extended, _paper, _withFiles, _corrected, _excused, _refused, _statusOnly, _pending, _silent, _reminders, _submitted;

        public ScaleMix Write(int units, int deadlines)
        {
            var secretaries = WriteUnits(units);
            WriteBlobs();
            using var submission = Prepare("INSERT INTO submissions (id, unit_id, deadline_id, version, received_at, received_local_date, due_date, days_late, by_whom, channel, method, note, receipt_no) VALUES (@id, @u, @d, @v, @at, @local, @due, @late, @by, 'telegram', @method, @note, @receipt)");
            using var file = Prepare("INSERT INTO submission_files (submission_id, ordinal, sha256, original_name, content_type, size) VALUES (@s, 1, @sha, @name, @type, @size)");
            using var note = Prepare("INSERT INTO status_notes (unit_id, deadline_id, state, text, reference, created_at, created_by, accepted_by, accepted_at) VALUES (@u, @d, @state, @text, @ref, @at, @by, @acceptedBy, @acceptedAt)");
            using var request = Prepare("INSERT INTO extension_requests (unit_id, deadline_id, requested_date, reason, requested_by, requested_at, state, decided_by, decided_at) VALUES (@u, @d, @date, 'Đơn vị đang tổng hợp số liệu', @by, @at, @state, @decidedBy, @decidedAt)");
            using var extension = Prepare("INSERT INTO due_overrides (deadline_id, unit_id, due_date, granted_by, granted_at, request_id) VALUES (@d, @u, @due, @by, @at, @request)");
            using var ledger = Prepare("INSERT INTO reminder_ledger (deadline_id, unit_id, slot, sent_at, outcome) VALUES (@d, @u, @slot, @at, 'sent')");
            for (var d = 1; d <= deadlines; d++)
            {
                // Due dates spread from ten weeks ago to four weeks ahead: most are past due, some still running.
                var due = _today.AddDays(-70 + (d - 1) * 98 / Math.Max(1, deadlines));
                WriteDeadline(d, due, closed: d == 1);
                for (var u = 1; u <= units; u++)
                {
                    var situation = _random.Next(Situations);
                    var by = $"telegram:{SecretaryBase + u}";
                    var unitDue = situation is 8 or 17 ? due.AddDays(7) : due;
                    if (situation is 8 or 17)
                    {
                        var id = Insert(request, ("@u", u), ("@d", d), ("@date", Date(unitDue)), ("@by", by), ("@at", Instant(due.AddDays(-2))), ("@state", "approved"), ("@decidedBy", Admin), ("@decidedAt", Instant(due.AddDays(-1))));
                        Run(extension, ("@d", d), ("@u", u), ("@due", Date(unitDue)), ("@by", Admin), ("@at", Instant(due.AddDays(-1))), ("@request", id));
                        // The tally's "extended" bucket holds only those that have not submitted yet (8 submits) and
                        // whose extension still runs: one whose date has passed is overdue (silent).
                        _extended += situation == 17 && unitDue >= _today ? 1 : 0;
                    }

                    if (situation < 10)
                    {
                        WriteSubmission(submission, file, u, d, due, unitDue, situation, by);
                        continue;
                    }

                    switch (situation)
                    {
                        case 10 or 11:
                            // "Không có nội dung phát sinh", accepted (excused) or refused (owes, and counts as silent again).
                            var accepted = situation == 10;
                            Run(note, ("@u", u), ("@d", d), ("@state", "nothing_to_report"), ("@text", "không có nội dung phát sinh"), ("@ref", null), ("@at", Instant(Earlier(due))), ("@by", by),
                                ("@acceptedBy", accepted ? Admin : "refused:" + Admin), ("@acceptedAt", accepted ? Instant(Earlier(due)) : null));
                            _excused += accepted ? 1 : 0;
                            _refused += accepted ? 0 : 1;
                            _silent += accepted ? 0 : 1;
                            break;
                        case 12 or 13 or 14 or 15:
                            var (state, text, reference) = situation switch
                            {
                                12 => ("in_progress", "đang làm", (string?)null),
                                13 => ("sent_on_paper", "đã gửi bản giấy", null),
                                14 => ("sent_via_i_office", "đã gửi qua iOffice số 1234", "1234"),
                                _ => ("sent_by_email", "đã gửi qua email", null),
                            };
                            Run(note, ("@u", u), ("@d", d), ("@state", state), ("@text", text), ("@ref", reference), ("@at", Instant(Earlier(due))), ("@by", by), ("@acceptedBy", null), ("@acceptedAt", null));
                            _statusOnly++;
                            break;
                        case 16:
                            Run(request, ("@u", u), ("@d", d), ("@date", Date(due.AddDays(10))), ("@by", by), ("@at", Instant(Earlier(due))), ("@state", "pending"), ("@decidedBy", null), ("@decidedAt", null));
                            // A request on the closed deadline waits for nobody: the views count that unit as silent.
                            _pending += d == 1 ? 0 : 1;
                            _silent += d == 1 ? 1 : 0;
                            break;
                        default:
                            // 17 has an approved extension: counted as extended while it runs, not silent (one bucket per unit).
                            _silent += situation == 17 && unitDue >= _today ? 0 : 1;
                            break;
                    }

                    if (situation is not 10 && unitDue < _today && u <= secretaries)
                    {
                        // Owing past its due date: the reminders the sweep already sent (the export's "số lần nhắc").
                        var key = unitDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                        Run(ledger, ("@d", d), ("@u", u), ("@slot", "before-1@" + key), ("@at", Instant(unitDue.AddDays(-1))));
                        Run(ledger, ("@d", d), ("@u", u), ("@slot", "due@" + key), ("@at", Instant(unitDue)));
                        _reminders += 2;
                    }
                }
            }

            return new ScaleMix(units, deadlines, _submitted, _onTime, _late, _extended, _paper, _withFiles, _corrected, _excused, _refused, _statusOnly, _pending, _silent, secretaries, _reminders);
        }

        private int WriteUnits(int units)
        {
            using var unit = Prepare("INSERT INTO units (id, code, name, kind, tags) VALUES (@id, @code, @name, @kind, '')");
            using var member = Prepare("INSERT INTO members (unit_id, channel, user_id, chat_id, display_name, role, reachable, bound_at) VALUES (@u, 'telegram', @user, @user, @name, 'secretary', @reachable, @at)");
            // Nine in ten units have a bound secretary (the last tenth has nobody yet); one in twenty of them blocked the bot.
            var secretaries = units - units / 10;
            for (var u = 1; u <= units; u++)
            {
                var kind = Kinds[u % Kinds.Length];
                var name = kind switch
                {
                    "dang_bo" => $"Đảng bộ Sở Kế hoạch và Đầu tư số {u}",
                    "doan_the" => $"Hội Cựu chiến binh phường số {u}",
                    _ => $"Chi bộ Trường Tiểu học Nguyễn Trãi số {u}",
                };
                Run(unit, ("@id", u), ("@code", string.Create(CultureInfo.InvariantCulture, $"DV{u:D5}")), ("@name", name), ("@kind", kind));
                if (u <= secretaries)
                {
                    Run(member, ("@u", u), ("@user", (SecretaryBase + u).ToString(CultureInfo.InvariantCulture)), ("@name", $"Thư ký {u}"), ("@reachable", u % 20 == 0 ? 0 : 1), ("@at", Instant(_today.AddDays(-120))));
                }
            }

            return secretaries;
        }

        /// <summary>A few distinct files, stored once each: uploads are content-addressed, as in the bot.</summary>
        private void WriteBlobs()
        {
            using var blob = Prepare("INSERT INTO stored_files (sha256, size, content, stored_at) VALUES (@sha, @size, @content, @at)");
            for (var i = 0; i < 16; i++)
            {
                var bytes = new byte[1024 + 256 * i];
                _random.NextBytes(bytes);
                var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
                Run(blob, ("@sha", sha), ("@size", bytes.Length), ("@content", bytes), ("@at", Instant(_today.AddDays(-100))));
                _blobs.Add((sha, bytes.Length));
            }
        }

        private void WriteDeadline(int id, DateOnly due, bool closed)
        {
            using var deadline = Prepare(
                "INSERT INTO deadlines (id, title, kind, due_date, scope, recurrence, source_phrase, created_by, created_at, state, changed_at) VALUES (@id, @title, 'other', @due, 'all', 'none', @phrase, @by, @at, @state, @changed)");
            Run(deadline, ("@id", id), ("@title", $"Báo cáo chuyên đề số {id} về thực hiện Quy chế dân chủ ở cơ sở"), ("@due", Date(due)),
                ("@phrase", $"trước {due.Day}/{due.Month}"), ("@by", Admin), ("@at", Instant(_today.AddDays(-100))),
                ("@state", closed ? "closed" : "open"), ("@changed", closed ? Instant(_today.AddDays(-2)) : null));
        }

        private void WriteSubmission(SqliteCommand submission, SqliteCommand file, int u, int d, DateOnly due, DateOnly unitDue, int situation, string by)
        {
            // 0–5 on time, 6–7 late (on time when the due date has not passed yet), 8 under an approved extension, 9 on paper.
            var received = situation switch
            {
                6 or 7 when due < _today.AddDays(-1) => Min(due.AddDays(1 + _random.Next(10)), _today),
                8 => Min(due.AddDays(1 + _random.Next(6)), _today),
                _ => Earlier(due),
            };
            var paper = situation == 9;
            var daysLate = Math.Max(0, received.DayNumber - unitDue.DayNumber);
            _submitted++;
            _onTime += daysLate == 0 ? 1 : 0;
            _late += daysLate > 0 ? 1 : 0;
            _paper += paper ? 1 : 0;
            var versions = situation < 6 && (u + d) % 5 == 0 ? 2 : 1;
            _corrected += versions - 1;
            _withFiles += paper ? 0 : 1;
            for (var v = 1; v <= versions; v++)
            {
                var id = ++_submissionId;
                var at = Min(received.AddDays(v - 1), _today);
                Run(submission, ("@id", id), ("@u", u), ("@d", d), ("@v", v), ("@at", Instant(at)), ("@local", Date(at)), ("@due", Date(unitDue)),
                    ("@late", Math.Max(0, at.DayNumber - unitDue.DayNumber)), ("@by", paper ? Admin : by), ("@method", paper ? "paper" : "upload"),
                    ("@note", paper ? "Bản giấy, công văn số 45-BC/ĐU" : string.Empty), ("@receipt", string.Create(CultureInfo.InvariantCulture, $"BN{at.Year}-{id:D6}")));
                if (!paper)
                {
                    var (sha, size) = _blobs[(int)(id % _blobs.Count)];
                    Run(file, ("@s", id), ("@sha", sha), ("@name", FileNames[(int)(id % FileNames.Length)]), ("@type", "application/octet-stream"), ("@size", size));
                }
            }
        }

        /// <summary>A day on or before the due date and never after today.</summary>
        private DateOnly Earlier(DateOnly due) => Min(due.AddDays(-_random.Next(10)), _today);

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

        private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <summary>09:00 office time on that day, as the UTC text the stores write.</summary>
        private static string Instant(DateOnly date) =>
            new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), Office).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

        private SqliteCommand Prepare(string sql)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            return command;
        }

        private static void Run(SqliteCommand command, params (string Name, object? Value)[] values)
        {
            Bind(command, values);
            command.ExecuteNonQuery();
        }

        private static long Insert(SqliteCommand command, params (string Name, object? Value)[] values)
        {
            Run(command, values);
            using var id = command.Connection!.CreateCommand();
            id.Transaction = command.Transaction;
            id.CommandText = "SELECT last_insert_rowid()";
            return (long)id.ExecuteScalar()!;
        }

        /// <summary>The first call adds the parameters, later ones only set them: the statement stays prepared.</summary>
        private static void Bind(SqliteCommand command, (string Name, object? Value)[] values)
        {
            if (command.Parameters.Count == 0)
            {
                foreach (var (name, value) in values)
                {
                    command.Parameters.AddWithValue(name, value ?? DBNull.Value);
                }

                command.Prepare();
                return;
            }

            foreach (var (name, value) in values)
            {
                command.Parameters[name].Value = value ?? DBNull.Value;
            }
        }
    }
}
