using Microsoft.Extensions.Options;
using QcdcBot.Storage;
using QcdcBot.Storage.Database;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Storage;

/// <summary>A real SQLite file in its own temp folder, deleted on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly TempFolder _folder = new();

    public TempDatabase() =>
        Database = new SqliteDatabase(Options.Create(new StorageOptions { Path = Path.Combine(_folder.Path, "test.db") }));

    internal SqliteDatabase Database { get; }

    public void Dispose()
    {
        Database.Dispose();
        try
        {
            _folder.Dispose();
        }
        catch (IOException)
        {
            // A pooled handle can outlive Dispose on some platforms; the OS temp cleaner gets it.
        }
    }
}
