using Microsoft.Data.Sqlite;

namespace QcdcBot.Storage.Database;

/// <summary>
/// The connection write transactions run on. Every store asked for a connection inside a transaction gets this one
/// (so a turn reads its own writes and commits them all at once); their <c>await using</c> must not close it, so
/// closing does nothing while it is lent. It stays open between transactions (the database's write gate hands it to
/// one transaction at a time) and keeps the commands it ran, prepared: Microsoft.Data.Sqlite finalizes a command's
/// statements when the command or its connection is closed, so without this every statement of every turn was
/// parsed and planned again.
/// </summary>
internal sealed class LentConnection(string connectionString) : SqliteConnection(connectionString)
{
    /// <summary>Enough for every statement a turn runs; text built per call (id lists) must not grow it without bound.</summary>
    internal const int MaxPrepared = 256;

    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    public bool Lent { get; set; }

    /// <summary>The transaction in progress on this connection, which every command created on it joins.</summary>
    public SqliteTransaction? Current => Transaction;

    /// <summary>How many statements are kept prepared (for the tests).</summary>
    internal int PreparedCount => _prepared.Count;

    /// <summary>
    /// A command for <paramref name="sql"/>: the one kept from an earlier run (its statements still prepared) or a new
    /// one. Taken out while in use, so a second use of the same text meanwhile (nested) gets a command of its own.
    /// </summary>
    public SqliteCommand Rent(string sql)
    {
        if (_prepared.Remove(sql, out var kept))
        {
            kept.Parameters.Clear();
            return kept;
        }

        var command = CreateCommand();
        command.CommandText = sql;
        return command;
    }

    /// <summary>Keeps <paramref name="command"/> for the next run of its text; false when it is not kept (the caller disposes it).</summary>
    public bool Return(SqliteCommand command)
    {
        if (!Lent || _prepared.Count >= MaxPrepared || !_prepared.TryAdd(command.CommandText, command))
        {
            return false;
        }

        command.Transaction = null;
        return true;
    }

    public override void Close()
    {
        if (!Lent)
        {
            DisposePrepared();
            base.Close();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (!Lent)
        {
            DisposePrepared();
            base.Dispose(disposing);
        }
    }

    private void DisposePrepared()
    {
        foreach (var command in _prepared.Values)
        {
            command.Dispose();
        }

        _prepared.Clear();
    }
}
