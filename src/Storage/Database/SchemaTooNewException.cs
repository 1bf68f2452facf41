namespace QcdcBot.Storage.Database;

/// <summary>The file was written by a newer QcdcBot; opening it with this one could lose data.</summary>
public sealed class SchemaTooNewException(string path, int fileVersion, int knownVersion)
    : Exception($"The database '{path}' has schema version {fileVersion}, but this QcdcBot knows only up to version {knownVersion}. " +
                "Run the newer QcdcBot that wrote it, or restore a backup; the file was not changed.")
{
    public int FileVersion { get; } = fileVersion;

    public int KnownVersion { get; } = knownVersion;
}
