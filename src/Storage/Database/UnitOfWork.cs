using Microsoft.Data.Sqlite;

namespace QcdcBot.Storage.Database;

/// <summary>One write transaction in progress: its connection (lent to every store inside it) and what waits for its commit.</summary>
internal sealed class UnitOfWork : IAsyncDisposable
{
    private readonly List<Action> _afterCommit = [];

    /// <summary>How many savepoints are open: names only need to differ among the open ones.</summary>
    private int _depth;

    public UnitOfWork(LentConnection connection, SqliteTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
        connection.Lent = true;
    }

    public LentConnection Connection { get; }

    public SqliteTransaction Transaction { get; }

    /// <summary>False once the work has returned: a task it left running must not write into a finished transaction.</summary>
    public bool IsOpen { get; set; } = true;

    public void OnCommit(Action action) => _afterCommit.Add(action);

    public async Task<T> SavepointAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work)
    {
        // Named by depth, so a turn's savepoints reuse a few texts that the lent connection keeps prepared (Sql's rented
        // commands); SqliteTransaction.Save/Release create and parse a new command every time.
        var name = "sp" + (++_depth).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var before = _afterCommit.Count;
        try
        {
            await Connection.ExecuteAsync("SAVEPOINT " + name, Transaction, CancellationToken.None);
            var result = await work(Connection, Transaction);
            await Connection.ExecuteAsync("RELEASE " + name, Transaction, CancellationToken.None);
            return result;
        }
        catch
        {
            try
            {
                await Transaction.RollbackAsync(name);
                await Transaction.ReleaseAsync(name);
            }
            catch (Exception e) when (e is InvalidOperationException or SqliteException)
            {
                // SQLite already rolled the whole transaction back (a full disk, an I/O error): the original error
                // below says why, and the store-error policy must see it, not this one.
            }

            // What the rolled-back part asked to do after the commit no longer applies.
            _afterCommit.RemoveRange(before, _afterCommit.Count - before);
            throw;
        }
        finally
        {
            _depth--;
        }
    }

    public void Committed()
    {
        foreach (var action in _afterCommit)
        {
            action();
        }
    }

    /// <summary>Ends the transaction (rolled back unless committed); the connection stays open for the next one.</summary>
    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        Connection.Lent = false;
    }
}
