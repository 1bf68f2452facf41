using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Storage;
using QcdcBot.Storage.Database;

namespace QcdcBot.Scheduling.Resilience;

/// <summary>
/// What a background loop does when its own store call fails, whatever the channel. A transient fault (disk full,
/// busy, locked, I/O) is waited out with capped backoff and the same work, holding the same update or message, is
/// run again, so nothing in hand is lost; if it lasts <see cref="StorageOptions.AlertAfter"/> the admins are told
/// once. A fatal fault (read-only, cannot open, corrupt, schema too new) stops the process: one critical log line
/// naming the cause and the fix, and Program exits non-zero so a supervisor restarts it or a person looks.
/// </summary>
internal sealed class StoreErrorPolicy(
    IOptions<StorageOptions> options,
    TimeProvider time,
    IEnumerable<IStoreAlert> alerts,
    ILogger<StoreErrorPolicy> logger,
    IHostApplicationLifetime? lifetime = null,
    SqliteDatabase? database = null)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DateTimeOffset> _troubled = new(StringComparer.Ordinal);
    private bool _told;

    /// <summary>The fatal fault that stopped the process, if one did.</summary>
    public StoreFault? Stopped { get; private set; }

    /// <summary>
    /// Runs <paramref name="work"/> until it completes. Store faults are handled as above; any other exception
    /// reaches the caller. After a fatal fault this waits for <paramref name="ct"/>, which the stop cancels.
    /// </summary>
    public async Task<T> RunAsync<T>(string loop, Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            T result;
            try
            {
                result = await work(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException && StoreFault.Of(e) is { } fault)
            {
                await HandleAsync(loop, fault, e, attempt, ct);
                continue;
            }
            catch (OperationCanceledException)
            {
                Forget(loop);
                throw;
            }

            if (attempt > 1)
            {
                Recovered(loop);
            }

            return result;
        }
    }

    public Task RunAsync(string loop, Func<CancellationToken, Task> work, CancellationToken ct) =>
        RunAsync<bool>(loop, async c =>
        {
            await work(c);
            return true;
        }, ct);

    /// <summary>For a loop that met a store fault outside <see cref="RunAsync{T}"/>: waits or stops as above.</summary>
    public async Task HandleAsync(string loop, Exception error, int attempt, CancellationToken ct)
    {
        if (StoreFault.Of(error) is not { } fault)
        {
            throw new InvalidOperationException("Not a store fault.", error);
        }

        await HandleAsync(loop, fault, error, attempt, ct);
    }

    private async Task HandleAsync(string loop, StoreFault fault, Exception error, int attempt, CancellationToken ct)
    {
        if (fault.Fatal)
        {
            Stop(fault, error);
            await Task.Delay(Timeout.Infinite, ct);
        }

        if (fault.Kind == StoreFaultKind.Io && database is not null && !StoreFolder.Writable(database.FilePath))
        {
            // SQLite reports a write refused by a file system remounted read-only as a plain I/O error.
            Stop(StoreFault.FolderReadOnly, error);
            await Task.Delay(Timeout.Infinite, ct);
        }

        var o = options.Value;
        var delay = Backoff.Capped(attempt, o.RetryFirstDelay, o.RetryMaxDelay);
        var since = Troubled(loop);
        if (attempt == 1)
        {
            logger.LogWarning(error, "{Loop}: {Cause}; the work in hand is kept and tried again in {Delay}", loop, fault.Cause, delay);
        }
        else
        {
            logger.LogWarning("{Loop}: {Cause} (attempt {Attempt}); trying again in {Delay}", loop, fault.Cause, attempt, delay);
        }

        if (time.GetUtcNow() - since >= o.AlertAfter)
        {
            await TellOnceAsync(fault, since, ct);
        }

        await Task.Delay(delay, time, ct);
    }

    private void Stop(StoreFault fault, Exception error)
    {
        lock (_lock)
        {
            if (Stopped is not null)
            {
                return;
            }

            Stopped = fault;
        }

        logger.LogCritical("QcdcBot stops: {Cause} ({Error}). Fix: {Fix}.", fault.Cause, error.Message, fault.Fix);
        lifetime?.StopApplication();
    }

    private async Task TellOnceAsync(StoreFault fault, DateTimeOffset since, CancellationToken ct)
    {
        lock (_lock)
        {
            // Taken before telling, so two loops meeting the fault at once tell the admins once between them.
            if (_told)
            {
                return;
            }

            _told = true;
        }

        var told = false;
        foreach (var alert in alerts)
        {
            try
            {
                told |= await alert.TellAdminsAsync(fault, since, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Could not tell the admins about the store fault yet: {Error}", e.Message);
            }
        }

        if (!told)
        {
            lock (_lock)
            {
                _told = false;
            }
        }
    }

    private DateTimeOffset Troubled(string loop)
    {
        lock (_lock)
        {
            if (!_troubled.TryGetValue(loop, out var since))
            {
                _troubled[loop] = since = _troubled.Count > 0 ? _troubled.Values.Min() : time.GetUtcNow();
            }

            return since;
        }
    }

    private void Recovered(string loop)
    {
        DateTimeOffset since;
        lock (_lock)
        {
            if (!_troubled.Remove(loop, out since))
            {
                return;
            }

            if (_troubled.Count == 0)
            {
                _told = false;
            }
        }

        logger.LogInformation("{Loop}: the store works again after {Duration}; nothing in hand was lost", loop, time.GetUtcNow() - since);
    }

    private void Forget(string loop)
    {
        lock (_lock)
        {
            _troubled.Remove(loop);
            if (_troubled.Count == 0)
            {
                _told = false;
            }
        }
    }
}
