using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Scale;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Reminders;
using QcdcBot.Storage.Submissions;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Exports;

/// <summary>The export's per-sheet reads step through indexes in order, and the fold stays right whatever order rows were written in.</summary>
public sealed class SheetReadsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_versions_and_reminder_counts_of_a_sheet_are_read_off_indexes_without_a_sort_or_a_row_visit()
    {
        var (folder, services) = await ScaleStoreAsync("sheet-plan", units: 40, deadlines: 2);
        try
        {
            await using var connection = await services.GetRequiredService<SqliteDatabase>().OpenAsync();
            var versions = await PlanAsync(connection, SubmissionStore.SheetSql, "$d");
            var reminders = await PlanAsync(connection, ReminderLedgerStore.SentCountsSql, "$id");

            Assert.DoesNotContain(versions.Concat(reminders), step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
            Assert.Contains(versions, step => step.Contains("USING INDEX submissions_sheet (deadline_id=?)", StringComparison.Ordinal));
            Assert.Contains(versions, step => step.Contains("USING COVERING INDEX submission_files_names (submission_id=?)", StringComparison.Ordinal));
            Assert.Contains(reminders, step => step.Contains("USING INDEX reminder_ledger_sent (deadline_id=?)", StringComparison.Ordinal));
        }
        finally
        {
            await CoreServices.DisposeAsync(services, folder);
        }
    }

    [Fact]
    public async Task Versions_and_files_written_out_of_order_are_folded_in_version_and_file_order()
    {
        var (folder, services) = await ScaleStoreAsync("sheet-order", units: 40, deadlines: 2);
        try
        {
            long deadline, unit;
            await using (var connection = await services.GetRequiredService<SqliteDatabase>().OpenAsync())
            {
                (deadline, unit) = await UnitWithoutSubmissionsAsync(connection);
                // Written backwards: version 2 before version 1, each version's second file before its first.
                await WriteVersionAsync(connection, 900_002, unit, deadline, 2, "2026-11-26T02:00:00.0000000+00:00", 1, ["v2-b.pdf", "v2-a.pdf"]);
                await WriteVersionAsync(connection, 900_001, unit, deadline, 1, "2026-11-25T02:00:00.0000000+00:00", 0, ["v1-b.pdf", "v1-a.pdf"]);
            }

            var sheet = await services.GetRequiredService<SubmissionStore>().ForSheetAsync(deadline);

            var submission = sheet[unit];
            Assert.Equal((2, "R-900002", 2, "v2-a.pdf; v2-b.pdf"), (submission.Versions, submission.ReceiptNo, submission.FilesVersion, submission.FileNames));
            Assert.Equal((new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero), 0), (submission.FirstReceivedAt, submission.FirstDaysLate));
        }
        finally
        {
            await CoreServices.DisposeAsync(services, folder);
        }
    }

    [Fact]
    public async Task A_sheet_shows_each_units_newest_pending_request_as_stored_and_every_granted_date_exactly()
    {
        var (folder, services) = await ScaleStoreAsync("sheet-pending", units: 40, deadlines: 2);
        try
        {
            long deadline, unit;
            await using (var connection = await services.GetRequiredService<SqliteDatabase>().OpenAsync())
            {
                (deadline, unit) = await UnitWithoutSubmissionsAsync(connection);
                await ExecuteAsync(connection, $"DELETE FROM extension_requests WHERE unit_id = {unit} AND deadline_id = {deadline}; DELETE FROM due_overrides WHERE unit_id = {unit} AND deadline_id = {deadline};");
                // Two pending requests of the unit (the newer one is shown) and a denied one after them.
                await ExecuteAsync(connection, $"""
                    INSERT INTO extension_requests (id, unit_id, deadline_id, requested_date, reason, requested_by, requested_at, state, decided_by, decided_at) VALUES
                      (800001, {unit}, {deadline}, '2026-12-01', 'cũ', 'telegram:7', '2026-11-20T01:00:00.0000000Z', 'pending', NULL, NULL),
                      (800002, {unit}, {deadline}, '2028-02-29', 'mới, "trích dẫn"', 'telegram:7', '2026-11-21T01:00:00.0000000Z', 'pending', NULL, NULL),
                      (800003, {unit}, {deadline}, '2026-12-05', 'bị từ chối', 'telegram:7', '2026-11-22T01:00:00.0000000Z', 'denied', 'telegram:1', '2026-11-22T02:00:00.0000000Z');
                    INSERT INTO due_overrides (deadline_id, unit_id, due_date, granted_by, granted_at, request_id) VALUES ({deadline}, {unit}, '2100-03-01', 'telegram:1', '2026-11-22T02:00:00.0000000Z', NULL);
                    """);
            }

            var requests = services.GetRequiredService<ExtensionRequestStore>();
            var pending = await requests.LatestPendingForSheetAsync(deadline);
            var overrides = await services.GetRequiredService<DeadlineStore>().OverridesAsync(deadline);

            Assert.Equal(await requests.GetAsync(800002), pending[unit]);
            Assert.Equal(new DateOnly(2100, 3, 1), overrides[unit]);
            // Every other unit as the row-by-row reads give it.
            var stored = (await requests.PendingForDeadlinesAsync([deadline], null)).GroupBy(r => r.UnitId).Select(g => g.Last()).OrderBy(r => r.UnitId);
            Assert.Equal(stored, pending.Values.OrderBy(r => r.UnitId));
            Assert.Equal((await OverridesRowByRowAsync(services, deadline)).OrderBy(o => o.Key), overrides.OrderBy(o => o.Key));
        }
        finally
        {
            await CoreServices.DisposeAsync(services, folder);
        }
    }

    private static async Task<Dictionary<long, DateOnly>> OverridesRowByRowAsync(ServiceProvider services, long deadline)
    {
        await using var connection = await services.GetRequiredService<SqliteDatabase>().OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT unit_id, due_date FROM due_overrides WHERE deadline_id = {deadline}";
        var rows = new Dictionary<long, DateOnly>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows[reader.GetInt64(0)] = DateOnly.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture);
        }

        return rows;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> PlanAsync(SqliteConnection connection, string sql, string parameter)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        command.Parameters.AddWithValue(parameter, 1L);
        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }

    private static async Task<(long Deadline, long Unit)> UnitWithoutSubmissionsAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d.id, u.id FROM deadlines d, units u
            WHERE NOT EXISTS (SELECT 1 FROM submissions s WHERE s.deadline_id = d.id AND s.unit_id = u.id)
            ORDER BY d.id, u.id LIMIT 1
            """;
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static async Task WriteVersionAsync(SqliteConnection connection, long id, long unit, long deadline, int version, string at, int daysLate, string[] files)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO submissions (id, unit_id, deadline_id, version, received_at, received_local_date, due_date, days_late, by_whom, channel, method, note, receipt_no)
            VALUES ($id, $u, $d, $v, $at, '2026-11-25', '2026-11-25', $late, 'telegram:1', 'telegram', 'upload', '', 'R-' || $id);
            """;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$u", unit);
        command.Parameters.AddWithValue("$d", deadline);
        command.Parameters.AddWithValue("$v", version);
        command.Parameters.AddWithValue("$at", at);
        command.Parameters.AddWithValue("$late", daysLate);
        await command.ExecuteNonQueryAsync();
        for (var i = 0; i < files.Length; i++)
        {
            await using var file = connection.CreateCommand();
            file.CommandText = """
                INSERT INTO submission_files (submission_id, ordinal, sha256, original_name, content_type, size)
                SELECT $s, $o, sha256, $name, 'application/pdf', size FROM stored_files LIMIT 1
                """;
            file.Parameters.AddWithValue("$s", id);
            file.Parameters.AddWithValue("$o", files.Length - i);
            file.Parameters.AddWithValue("$name", files[i]);
            Assert.Equal(1, await file.ExecuteNonQueryAsync());
        }
    }

    /// <summary>A generated store in a temp folder and the core services over it, the clock at <see cref="Now"/>.</summary>
    private static async Task<(string Folder, ServiceProvider Services)> ScaleStoreAsync(string name, int units, int deadlines)
    {
        var folder = CoreServices.NewFolder(name);
        var path = Path.Combine(folder, "scale.db");
        await ScaleDataset.CreateAsync(path, units, deadlines, Now);
        return (folder, CoreServices.Create(path, new FakeTimeProvider(Now), b => b.Admins = [ScaleDataset.Admin]).BuildServiceProvider());
    }
}
