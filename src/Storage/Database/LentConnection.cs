using Microsoft.Data.Sqlite;

namespace QcdcBot.Storage.Database;

/// <summary>
/// The connection of a transaction in progress. Every store asked for a connection inside that transaction gets
/// this one (so a turn reads its own writes and commits them all at once); their <c>await using</c> must not close
/// it, so closing does nothing until the transaction hands it back.
/// </summary>
internal sealed class LentConnection(string connectionString) : SqliteConnection(connectionString)
{
    public bool Lent { get; set; }

    /// <summary>The transaction in progress on this connection, which every command created on it joins.</summary>
    public SqliteTransaction? Current => Transaction;

    public override void Close()
    {
        if (!Lent)
        {
            base.Close();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (!Lent)
        {
            base.Dispose(disposing);
        }
    }
}
