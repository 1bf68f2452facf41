using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace QcdcBot.Storage.Database;

/// <summary>Opens connections to the one SQLite file and runs the migrations once.</summary>
internal sealed class SqliteDatabase : IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _migrateLock = new(1, 1);
    private volatile bool _migrated;

    public SqliteDatabase(IOptions<StorageOptions> options)
    {
        FilePath = Path.GetFullPath(options.Value.Path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            // Microsoft.Data.Sqlite's own retry loop (150 ms sleeps) is the last resort; busy_timeout below waits first.
            DefaultTimeout = 30,
        }.ToString();
    }

    public string FilePath { get; }

    /// <summary>
    /// Run on every connection after the usual pragmas. Only the reliability tests set it: a capped
    /// <c>max_page_count</c> gives a real "database or disk is full" without filling a disk.
    /// </summary>
    internal string ExtraPragmas { get; set; } = string.Empty;

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct = default)
    {
        if (!_migrated)
        {
            await MigrateAsync(ct);
        }

        return await OpenRawAsync(ct);
    }

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await _migrateLock.WaitAsync(ct);
        try
        {
            if (_migrated)
            {
                return;
            }

            var folder = Path.GetDirectoryName(FilePath);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await using var connection = await OpenRawAsync(ct);
            await Migrations.ApplyAsync(connection, ct);
            _migrated = true;
        }
        finally
        {
            _migrateLock.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: all of it is written or none.</summary>
    public async Task<T> InTransactionAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        // IMMEDIATE takes the write lock up front, so two writers never deadlock on an upgrade.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(ct);
        return result;
    }

    public Task InTransactionAsync(Func<SqliteConnection, SqliteTransaction, Task> work, CancellationToken ct = default) =>
        InTransactionAsync<bool>(async (c, t) =>
        {
            await work(c, t);
            return true;
        }, ct);

    public void Dispose()
    {
        _migrateLock.Dispose();
        // Pooled connections keep the file (and its WAL) open; tests delete their temp folders after this.
        SqliteConnection.ClearAllPools();
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        // Per-connection settings, so every connection the pool hands out gets them (not only the migrating one):
        // SQLite's busy handler retries a locked write in milliseconds, and in WAL mode NORMAL syncs at checkpoints,
        // not at every commit — a crash keeps every committed transaction, a power cut may lose the last few.
        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = ConnectionPragmas + ExtraPragmas;
        await pragmas.ExecuteNonQueryAsync(ct);
        return connection;
    }

    internal const string ConnectionPragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
}
