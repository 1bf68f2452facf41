using Microsoft.Data.Sqlite;

namespace QcdcBot.Storage.Database;

/// <summary>One write transaction in progress: its connection (lent to every store inside it) and what waits for its commit.</summary>
internal sealed class UnitOfWork : IAsyncDisposable
{
    private readonly List<Action> _afterCommit = [];
    private int _savepoints;

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
        var name = "sp" + (++_savepoints).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var before = _afterCommit.Count;
        await Transaction.SaveAsync(name);
        try
        {
            var result = await work(Connection, Transaction);
            await Transaction.ReleaseAsync(name);
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
