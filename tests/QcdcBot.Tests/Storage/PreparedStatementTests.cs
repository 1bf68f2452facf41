using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Database;
using SQLitePCL;

namespace QcdcBot.Tests.Storage;

/// <summary>
/// Write transactions run on one connection that stays open and keeps the statements it ran prepared, so a turn's
/// statements are not parsed again at every turn; what each transaction writes and sees is unchanged.
/// </summary>
public sealed class PreparedStatementTests : IDisposable
{
    private const string Insert = "INSERT INTO t (x) VALUES ($x)";
    private readonly TempDatabase _temp = new();

    private SqliteDatabase Database => _temp.Database;

    public void Dispose() => _temp.Dispose();

    /// <summary>Memory SQLite holds for the statements prepared on a handle now (0: none kept).</summary>
    private static int StatementBytes(sqlite3 handle)
    {
        const int StmtUsed = 3; // SQLITE_DBSTATUS_STMT_USED
        Assert.Equal(0, raw.sqlite3_db_status(handle, StmtUsed, out var current, out _, 0));
        return current;
    }

    /// <summary>A full checkpoint from another connection: it cannot finish while a kept statement holds a read snapshot.</summary>
    private async Task<long> CheckpointBlockedAsync()
    {
        await using var other = await Database.OpenAsync();
        return (await other.QueryAsync("PRAGMA wal_checkpoint(TRUNCATE)", null, r => r.GetInt64(0), default))[0];
    }

    private async Task<sqlite3> WriteAsync(long x)
    {
        sqlite3? handle = null;
        await Database.InTransactionAsync(async (connection, _) =>
        {
            handle = connection.Handle;
            await connection.ExecuteAsync(Insert, null, default, ("$x", x));
        });
        return handle!;
    }

    private async Task<List<long>> RowsAsync()
    {
        await using var connection = await Database.OpenAsync();
        return await connection.QueryAsync("SELECT x FROM t ORDER BY x", null, r => r.GetInt64(0), default);
    }

    private async Task CreateTableAsync()
    {
        await using var connection = await Database.OpenAsync();
        await connection.ExecuteAsync("CREATE TABLE t (x INTEGER NOT NULL UNIQUE)", null, default);
    }

    [Fact]
    public async Task A_statement_of_one_transaction_is_run_again_in_the_next_without_being_prepared_again()
    {
        await CreateTableAsync();
        var handle = await WriteAsync(1);
        var kept = StatementBytes(handle);
        Assert.True(kept > 0, "the writer keeps the statement it ran, prepared");
        Assert.Equal(0L, await CheckpointBlockedAsync()); // reset after use: an idle writer holds no read snapshot of the WAL

        Assert.Same(handle, await WriteAsync(2));
        Assert.Equal(kept, StatementBytes(handle)); // the same statement again, not a second one
        Assert.Equal(0L, await CheckpointBlockedAsync());
        // Each run had its own value bound.
        Assert.Equal([1L, 2L], await RowsAsync());
    }

    [Fact]
    public async Task A_failed_transaction_keeps_nothing_and_the_next_one_starts_on_a_fresh_connection()
    {
        await CreateTableAsync();
        var handle = await WriteAsync(1);
        sqlite3? failedOn = null;
        await Assert.ThrowsAsync<SqliteException>(() => Database.InTransactionAsync(async (connection, _) =>
        {
            failedOn = connection.Handle;
            await connection.ExecuteAsync(Insert, null, default, ("$x", 2L));
            await connection.ExecuteAsync(Insert, null, default, ("$x", 1L)); // UNIQUE: the whole transaction rolls back
        }));

        Assert.Same(handle, failedOn);
        var next = await WriteAsync(3);
        Assert.NotSame(handle, next);
        Assert.Equal([1L, 3L], await RowsAsync());
    }

    [Fact]
    public async Task A_savepoint_inside_a_transaction_runs_the_same_statement_and_a_rolled_back_one_leaves_nothing()
    {
        await CreateTableAsync();
        await Database.InTransactionAsync(async (connection, _) =>
        {
            await connection.ExecuteAsync(Insert, null, default, ("$x", 1L));
            await Database.InTransactionAsync(async (inner, _) => await inner.ExecuteAsync(Insert, null, default, ("$x", 2L)));
            await Assert.ThrowsAsync<SqliteException>(() => Database.InTransactionAsync(async (inner, _) =>
            {
                await inner.ExecuteAsync(Insert, null, default, ("$x", 3L));
                await inner.ExecuteAsync(Insert, null, default, ("$x", 1L));
            }));
            await connection.ExecuteAsync(Insert, null, default, ("$x", 4L));
        });

        Assert.Equal([1L, 2L, 4L], await RowsAsync());
    }

    [Fact]
    public async Task Savepoints_one_after_another_and_nested_reuse_the_same_kept_statements()
    {
        await CreateTableAsync();
        LentConnection? writer = null;
        int? keptAfterFirst = null;
        await Database.InTransactionAsync(async (connection, _) =>
        {
            writer = (LentConnection)connection;
            for (var i = 0; i < 20; i++)
            {
                await Database.InTransactionAsync(async (inner, _) =>
                {
                    await inner.ExecuteAsync(Insert, null, default, ("$x", (long)(2 * i)));
                    await Database.InTransactionAsync(async (innermost, _) => await innermost.ExecuteAsync(Insert, null, default, ("$x", (long)((2 * i) + 1))));
                });
                keptAfterFirst ??= writer.PreparedCount;
            }
        });

        // The insert plus SAVEPOINT and RELEASE at two depths, whatever the number of savepoints a transaction makes.
        Assert.Equal(5, keptAfterFirst);
        Assert.Equal(5, writer!.PreparedCount);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => (long)i), await RowsAsync());
    }

    [Fact]
    public async Task Statements_built_per_call_are_not_kept_without_bound()
    {
        await CreateTableAsync();
        LentConnection? writer = null;
        await Database.InTransactionAsync(async (connection, _) =>
        {
            writer = (LentConnection)connection;
            for (var i = 0; i < LentConnection.MaxPrepared + 50; i++)
            {
                Assert.Equal(i, await connection.ScalarAsync<long>($"SELECT {i}", null, default));
            }
        });

        Assert.Equal(LentConnection.MaxPrepared, writer!.PreparedCount);
    }

    [Fact]
    public async Task New_connection_pragmas_reach_the_writer_and_leaving_them_out_again_undoes_them()
    {
        await CreateTableAsync();
        async Task<long> MaxPagesAsync() => await Database.InTransactionAsync((connection, _) => connection.ScalarAsync<long>("PRAGMA max_page_count", null, default));

        var unlimited = await MaxPagesAsync();
        Database.ExtraPragmas = " PRAGMA max_page_count = 100000;";
        Assert.Equal(100000L, await MaxPagesAsync());
        Database.ExtraPragmas = string.Empty;
        Assert.Equal(unlimited, await MaxPagesAsync());
    }
}
