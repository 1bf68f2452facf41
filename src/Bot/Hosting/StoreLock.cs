using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Storage;
using QcdcBot.Storage.Database;

namespace QcdcBot.Bot.Hosting;

/// <summary>
/// The running bot holds an exclusive lock on <c>&lt;store&gt;.lock</c> (the file records its process id) for as long as
/// it runs. The operating system drops the lock when the process ends, even by SIGKILL, so a stale file never blocks:
/// <c>restore</c> refuses only a store whose bot is really running, and a second bot on the same store stops at start.
/// </summary>
internal sealed partial class StoreLock(IOptions<StorageOptions> options, ILogger<StoreLock> logger) : IHostedService, IDisposable
{
    private FileStream? _held;

    public static string PathFor(string storePath) => Path.GetFullPath(storePath) + ".lock";

    /// <summary>Takes the lock, or returns null when another process holds it.</summary>
    public static FileStream? TryTake(string storePath)
    {
        var path = PathFor(storePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // FileShare.None is an exclusive lock on the open file (flock on Linux), held until the stream closes.
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            var pid = System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
            stream.Write(pid);
            stream.Flush();
            return stream;
        }
        catch (IOException e) when (StoreFault.Of(e) is null)
        {
            // Held by another process. A read-only or full file system is not "held": it propagates as the store
            // fault it is (exit 74), so the log names the real cause.
            return null;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _held = TryTake(options.Value.Path)
            ?? throw new StoreInUseException(Path.GetFullPath(options.Value.Path), PathFor(options.Value.Path));
        LogHeld(PathFor(options.Value.Path));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _held?.Dispose();
        _held = null;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Store lock {LockFile} held")]
    private partial void LogHeld(string lockFile);
}

/// <summary>Another QcdcBot process holds the store (exit code 75: a supervisor may try again once it has stopped).</summary>
internal sealed class StoreInUseException(string storePath, string lockPath)
    : IOException($"Another QcdcBot is already running on {storePath} (it holds {lockPath}). Stop it first, or set Storage:Path to another file");
