using Microsoft.Extensions.Options;
using QcdcBot.Storage;
using QcdcBot.Storage.Database;

namespace QcdcBot.Tests.Storage;

/// <summary>A real SQLite file in its own temp folder, deleted on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "qcdcbot-tests", Guid.NewGuid().ToString("N"));

    public TempDatabase() =>
        Database = new SqliteDatabase(Options.Create(new StorageOptions { Path = Path.Combine(_folder, "test.db") }));

    internal SqliteDatabase Database { get; }

    public void Dispose()
    {
        Database.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A pooled handle can outlive Dispose on some platforms; the OS temp cleaner gets it.
        }
    }
}
