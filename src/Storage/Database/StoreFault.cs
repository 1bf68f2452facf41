using Microsoft.Data.Sqlite;

namespace QcdcBot.Storage.Database;

/// <summary>
/// What a store error means for whoever met it. Transient faults (disk full, busy, locked, I/O) pass: the caller
/// waits and tries the same work again. Fatal ones (read-only, cannot open, corrupt, schema too new) do not pass by
/// waiting: the process stops with a non-zero exit code and this cause and fix in the log.
/// </summary>
internal sealed record StoreFault(StoreFaultKind Kind, bool Fatal, string Cause, string Fix)
{
    // SQLite primary result codes (https://sqlite.org/rescode.html).
    private const int Perm = 3;
    private const int Busy = 5;
    private const int Locked = 6;
    private const int NoMem = 7;
    private const int ReadOnly = 8;
    private const int IoErr = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int Protocol = 15;
    private const int NotADb = 26;

    // errno values .NET puts in IOException.HResult on Linux.
    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;

    /// <summary>The store's folder refuses writes (a file system remounted read-only, permissions taken away).</summary>
    public static StoreFault FolderReadOnly { get; } = new(
        StoreFaultKind.ReadOnly, true, "the store's folder cannot be written (read-only file system or no permission)",
        "make the file system and the folder of Storage:Path writable by the bot's user");

    /// <summary>Null when <paramref name="error"/> is not a store error (a bug, a cancellation, a network failure…).</summary>
    public static StoreFault? Of(Exception error) => error switch
    {
        SqliteException e => OfSqlite(e.SqliteErrorCode & 0xFF),
        SchemaTooNewException e => new StoreFault(StoreFaultKind.SchemaTooNew, true, e.Message, "run the QcdcBot version that wrote the file, or restore a backup"),
        IOException { HResult: NoSpace } => Transient(StoreFaultKind.DiskFull, "the disk is full"),
        IOException { HResult: ReadOnlyFileSystem } or UnauthorizedAccessException => FolderReadOnly,
        AggregateException { InnerExceptions.Count: 1 } e => Of(e.InnerExceptions[0]),
        _ when error.InnerException is { } inner && error is not OperationCanceledException => Of(inner),
        _ => null,
    };

    private static StoreFault? OfSqlite(int code) => code switch
    {
        Full => Transient(StoreFaultKind.DiskFull, "the disk holding the store is full"),
        Busy or Locked => Transient(StoreFaultKind.Locked, "the store is locked by another writer"),
        IoErr or NoMem or Protocol => Transient(StoreFaultKind.Io, "a disk read or write failed"),
        ReadOnly or Perm => new StoreFault(StoreFaultKind.ReadOnly, true, "the store is read-only",
            "make the file of Storage:Path, its folder and its -wal/-shm files writable by the bot's user (and the file system writable)"),
        CantOpen => new StoreFault(StoreFaultKind.CannotOpen, true, "the store cannot be opened",
            "check that the folder of Storage:Path exists and is writable (SQLite creates -wal and -shm files next to it) and that the file system is not read-only"),
        Corrupt or NotADb => new StoreFault(StoreFaultKind.Corrupt, true, "the store file is damaged or not a QcdcBot database",
            "stop the bot and restore the file of Storage:Path from a backup"),
        _ => null,
    };

    private static StoreFault Transient(StoreFaultKind kind, string cause) => new(kind, false, cause, "the bot retries by itself; if it lasts, free disk space or stop the other process holding the file");
}
