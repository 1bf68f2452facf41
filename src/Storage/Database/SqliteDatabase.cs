using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SQLitePCL;

namespace QcdcBot.Storage.Database;

/// <summary>
/// Opens connections to the one SQLite file and runs the migrations once. Write transactions of this process take
/// turns at an in-process gate (first come, first served, no sleeping on SQLITE_BUSY); a transaction started inside
/// another — a store's own transaction inside a turn — joins it as a savepoint, so a turn commits as one.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    internal const string ConnectionPragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

    private readonly string _connectionString;
    private readonly string _writerConnectionString;
    private readonly SemaphoreSlim _migrateLock = new(1, 1);
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly AsyncLocal<UnitOfWork?> _ambient = new();

    /// <summary>The pragmas each physical connection (SQLite handle) was set up with; the pool hands the same handle out again and again.</summary>
    private readonly ConditionalWeakTable<sqlite3, string> _configured = new();
    private volatile bool _migrated;

    /// <summary>The connection write transactions run on, one at a time (under the write gate), kept open with its prepared statements.</summary>
    private LentConnection? _writer;

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
        // Not from the pool: this database owns the writer's handle, so new pragmas or a failed transaction can replace it.
        _writerConnectionString = new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString();
    }

    public string FilePath { get; }

    /// <summary>
    /// Run on every connection after the usual pragmas. Only the reliability tests set it: a capped
    /// <c>max_page_count</c> gives a real "database or disk is full" without filling a disk.
    /// </summary>
    internal string ExtraPragmas { get; set; } = string.Empty;

    /// <summary>True inside <see cref="InTransactionAsync{T}"/>: what runs now commits (or not) with it.</summary>
    public bool InTransaction => _ambient.Value is { IsOpen: true };

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct = default)
    {
        if (_ambient.Value is { IsOpen: true } work)
        {
            return work.Connection;
        }

        if (!_migrated)
        {
            await MigrateAsync(ct);
        }

        return await OpenRawAsync(new SqliteConnection(_connectionString), ct);
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

            await using var connection = await OpenRawAsync(new SqliteConnection(_connectionString), ct);
            await Migrations.ApplyAsync(connection, ct);
            _migrated = true;
        }
        finally
        {
            _migrateLock.Release();
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: all of it is written or none. Every store used inside it (in
    /// the same async flow) joins this transaction; a nested call is a savepoint, rolled back alone if it throws.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken ct = default)
    {
        if (_ambient.Value is { IsOpen: true } outer)
        {
            return await outer.SavepointAsync(work);
        }

        if (!_migrated)
        {
            await MigrateAsync(ct);
        }

        await _writeGate.WaitAsync(ct);
        UnitOfWork? unit = null;
        var committed = false;
        try
        {
            var connection = await WriterAsync(ct);
            // IMMEDIATE takes the write lock up front, so two writers never deadlock on an upgrade.
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
            unit = new UnitOfWork(connection, transaction);
            _ambient.Value = unit;
            T result;
            try
            {
                result = await work(connection, transaction);
            }
            finally
            {
                _ambient.Value = null;
                unit.IsOpen = false;
            }

            // Not cut off by a stop once the work is done: the commit is a local write of milliseconds.
            await transaction.CommitAsync(CancellationToken.None);
            committed = true;
            unit.Committed();
            return result;
        }
        finally
        {
            if (unit is not null)
            {
                await unit.DisposeAsync();
            }

            if (!committed && _writer is { } failed)
            {
                // After a failure (a full disk, an I/O error, a stop) the next transaction starts on a fresh handle.
                _writer = null;
                await failed.DisposeAsync();
            }

            _writeGate.Release();
        }
    }

    public Task InTransactionAsync(Func<SqliteConnection, SqliteTransaction, Task> work, CancellationToken ct = default) =>
        InTransactionAsync<bool>(async (c, t) =>
        {
            await work(c, t);
            return true;
        }, ct);

    /// <summary>Runs <paramref name="work"/> in one transaction, every store it uses included.</summary>
    public Task InTransactionAsync(Func<Task> work, CancellationToken ct = default) => InTransactionAsync((_, _) => work(), ct);

    /// <summary>
    /// Runs <paramref name="action"/> once the current transaction has committed (at once outside a transaction):
    /// a wake-up for a reader of what was just written must not come before the rows are there.
    /// </summary>
    public void AfterCommit(Action action)
    {
        if (_ambient.Value is { IsOpen: true } work)
        {
            work.OnCommit(action);
        }
        else
        {
            action();
        }
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _writer = null;
        _migrateLock.Dispose();
        _writeGate.Dispose();
        // Pooled connections keep the file (and its WAL) open; tests delete their temp folders after this.
        SqliteConnection.ClearAllPools();
    }

    /// <summary>The open writer, set up with the current pragmas; called under the write gate.</summary>
    private async Task<LentConnection> WriterAsync(CancellationToken ct)
    {
        if (_writer is { } open && open.Handle is { } handle && _configured.TryGetValue(handle, out var applied) && applied == ConnectionPragmas + ExtraPragmas)
        {
            return open;
        }

        // New pragmas (the full-disk tests cap and uncap the file) take a fresh handle: some, like max_page_count, are
        // not undone by leaving them out.
        if (_writer is { } stale)
        {
            _writer = null;
            await stale.DisposeAsync();
        }

        var writer = new LentConnection(_writerConnectionString);
        try
        {
            await OpenRawAsync(writer, ct);
        }
        catch
        {
            await writer.DisposeAsync();
            throw;
        }

        _writer = writer;
        return writer;
    }

    private async Task<SqliteConnection> OpenRawAsync(SqliteConnection connection, CancellationToken ct)
    {
        await connection.OpenAsync(ct);
        // Per-connection settings, so every connection the pool hands out gets them (not only the migrating one):
        // SQLite's busy handler retries a locked write in milliseconds, and in WAL mode NORMAL syncs at checkpoints,
        // not at every commit — a crash keeps every committed transaction, a power cut may lose the last few.
        // They stay with the SQLite handle, so a pooled handle is set up once, not at each of the several opens of a turn.
        var wanted = ConnectionPragmas + ExtraPragmas;
        if (connection.Handle is { } handle && _configured.TryGetValue(handle, out var applied) && applied == wanted)
        {
            return connection;
        }

        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = wanted;
        await pragmas.ExecuteNonQueryAsync(ct);
        if (connection.Handle is { } opened)
        {
            _configured.AddOrUpdate(opened, wanted);
        }

        return connection;
    }
}
