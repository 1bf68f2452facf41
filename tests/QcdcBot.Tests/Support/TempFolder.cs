using Microsoft.Data.Sqlite;

namespace QcdcBot.Tests.Support;

/// <summary>A folder of its own under the temp directory for a test class's stores and files, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "qcdcbot-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        // Pooled connections keep the store files open; close them before deleting.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
