using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Bot.Hosting;
using QcdcBot.Storage;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Units;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Storage;

public sealed class StorageTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string DbPath => Path.Combine(_temp.Path, "store.db");

    private static string SampleUnits => Path.Combine(AppContext.BaseDirectory, "Fixtures", "units.sample.csv");

    public void Dispose() => _temp.Dispose();

    private SqliteDatabase Open() => new(Options.Create(new StorageOptions { Path = DbPath }));

    private async Task<string> PragmaAsync(string pragma)
    {
        await using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma};";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private static async Task<UnitImportResult> ImportAsync(SqliteDatabase database, string csv) =>
        await new UnitCsvImporter(new UnitStore(database, new FakeTimeProvider())).ImportAsync(new StringReader(csv), "test");

    [Fact]
    public async Task Migrations_create_a_WAL_mode_file_at_the_latest_version()
    {
        using (var database = Open())
        {
            await database.MigrateAsync();
        }

        Assert.Equal("wal", await PragmaAsync("journal_mode"));
        Assert.Equal(Migrations.LatestVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), await PragmaAsync("user_version"));
    }

    [Fact]
    public async Task Every_pooled_connection_waits_for_locks_syncs_normally_and_checks_foreign_keys()
    {
        using var database = Open();
        await database.MigrateAsync();
        // Several open at once: the pool has to hand out fresh connections, not only the one that migrated.
        var connections = new List<SqliteConnection>();
        for (var i = 0; i < 3; i++)
        {
            connections.Add(await database.OpenAsync());
        }

        foreach (var connection in connections)
        {
            Assert.Equal(30000L, await connection.ScalarAsync<long>("PRAGMA busy_timeout;", null, default));
            Assert.Equal(1L, await connection.ScalarAsync<long>("PRAGMA synchronous;", null, default)); // 1 = NORMAL
            Assert.Equal(1L, await connection.ScalarAsync<long>("PRAGMA foreign_keys;", null, default));
            await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_connection_the_pool_hands_out_again_keeps_its_settings_without_being_set_up_again()
    {
        using var database = Open();
        await database.MigrateAsync();
        SQLitePCL.sqlite3 first;
        await using (var connection = await database.OpenAsync())
        {
            first = connection.Handle!;
            // Changed behind the store's back: a second set-up on the next open would put it back to NORMAL.
            await connection.ExecuteAsync("PRAGMA synchronous = FULL;", null, default);
        }

        await using var again = await database.OpenAsync();
        Assert.Same(first, again.Handle);
        Assert.Equal(2L, await again.ScalarAsync<long>("PRAGMA synchronous;", null, default)); // 2 = FULL: not run again
        Assert.Equal(30000L, await again.ScalarAsync<long>("PRAGMA busy_timeout;", null, default));

        // New pragmas (the full-disk tests cap the file) reach the pooled handle at its next open.
        database.ExtraPragmas = " PRAGMA max_page_count = 100000;";
        await again.DisposeAsync();
        await using var capped = await database.OpenAsync();
        Assert.Equal(100000L, await capped.ScalarAsync<long>("PRAGMA max_page_count;", null, default));
        Assert.Equal(1L, await capped.ScalarAsync<long>("PRAGMA synchronous;", null, default));
    }

    [Fact]
    public async Task A_file_from_a_newer_version_is_refused_and_left_as_it_was()
    {
        await using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE future (x); PRAGMA user_version = 99;";
            await command.ExecuteNonQueryAsync();
        }

        var bytes = await File.ReadAllBytesAsync(DbPath);
        using (var database = Open())
        {
            var error = await Assert.ThrowsAsync<SchemaTooNewException>(() => database.MigrateAsync());
            Assert.Equal((99, Migrations.LatestVersion), (error.FileVersion, error.KnownVersion));
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(bytes, await File.ReadAllBytesAsync(DbPath));
        Assert.False(File.Exists(DbPath + "-wal"));
    }

    [Fact]
    public async Task The_sample_has_46_dang_bo_28_chi_bo_and_3_doan_the()
    {
        using var database = Open();

        var result = await ImportAsync(database, await File.ReadAllTextAsync(SampleUnits));

        Assert.Equal(new UnitImportCounts(77, 0, 0), result.Counts);
        var units = await new UnitStore(database, new FakeTimeProvider()).AllAsync();
        Assert.Equal(46, units.Count(u => u.Kind == UnitKind.DangBo));
        Assert.Equal(28, units.Count(u => u.Kind == UnitKind.ChiBo));
        Assert.Equal(3, units.Count(u => u.Kind == UnitKind.DoanThe));
    }

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing_the_second_time()
    {
        using var database = Open();
        var csv = await File.ReadAllTextAsync(SampleUnits);
        await ImportAsync(database, csv);
        var audit = await CountAsync(database, "audit_log");

        var second = await ImportAsync(database, csv);

        Assert.Equal(new UnitImportCounts(0, 0, 77), second.Counts);
        Assert.Equal(audit, await CountAsync(database, "audit_log"));
    }

    [Fact]
    public async Task Importing_an_existing_code_updates_it_and_adds_new_ones()
    {
        using var database = Open();
        await ImportAsync(database, "code,name,kind\nNHNN,Đảng bộ NHNN cũ,đảng bộ\nCTK,Chi bộ Cục Thống kê,chi bộ\n");

        var result = await ImportAsync(database, "code,name,kind,tags\nnhnn,Đảng bộ Ngân hàng Nhà nước,Dang bo,ngan-hang\nCTK,Chi bộ Cục Thống kê,chi bộ\nDTN,Đoàn Thanh niên Khối,doan_the\n");

        Assert.Equal(new UnitImportCounts(1, 1, 1), result.Counts);
        var nhnn = await new UnitStore(database, new FakeTimeProvider()).FindByCodeAsync("NHNN");
        Assert.Equal("Đảng bộ Ngân hàng Nhà nước", nhnn!.Name);
        Assert.Equal(["ngan-hang"], nhnn.Tags);
        Assert.Equal(3, await CountAsync(database, "units"));
    }

    [Fact]
    public async Task Bad_rows_are_reported_by_line_and_nothing_is_imported()
    {
        using var database = Open();
        const string csv = "# comment\ncode,name,kind\nNHNN,Đảng bộ Ngân hàng Nhà nước,đảng bộ\nBAD CODE,Tên,chi bộ\nCTK,,chi bộ\nX1,Tên X,hội\nNHNN,Trùng,đảng bộ\nOK2,Đơn vị tốt,chi bộ\n";

        var result = await ImportAsync(database, csv);

        Assert.False(result.Succeeded);
        Assert.Equal([4, 5, 6, 7], result.Errors.Select(e => e.Line));
        Assert.Contains("dòng 3", result.Errors[^1].Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(database, "units"));
    }

    [Fact]
    public async Task The_units_import_command_imports_into_the_configured_store_and_reports_counts()
    {
        var output = new StringWriter();
        void Configure(Microsoft.Extensions.Hosting.IHostApplicationBuilder b) => b.Configuration["Storage:Path"] = DbPath;

        var first = await CommandLineTools.RunAsync(["units", "import", SampleUnits, "--create"], output, Configure);
        var second = await CommandLineTools.RunAsync(["units", "import", SampleUnits], output, Configure);

        Assert.Equal((0, 0), (first, second));
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("77 thêm mới, 0 cập nhật, 0 không đổi", lines[0], StringComparison.Ordinal);
        Assert.Contains("0 thêm mới, 0 cập nhật, 77 không đổi", lines[1], StringComparison.Ordinal);
        Assert.Contains(DbPath, lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_units_import_command_reports_bad_rows_and_exits_1()
    {
        var bad = Path.Combine(_temp.Path, "bad.csv");
        await File.WriteAllTextAsync(bad, "code,name,kind\nA1,Tên,chi bộ\nA2,Tên,không rõ\n");
        var output = new StringWriter();

        var exit = await CommandLineTools.RunAsync(["units", "import", bad, "--create"], output, b => b.Configuration["Storage:Path"] = DbPath);

        Assert.Equal(1, exit);
        Assert.Contains("dòng 3: Loại 'không rõ' không hợp lệ", output.ToString(), StringComparison.Ordinal);
        using var database = Open();
        Assert.Equal(0, await CountAsync(database, "units"));
    }

    private static async Task<long> CountAsync(SqliteDatabase database, string table)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
