using QcdcBot.Storage.Database;

namespace QcdcBot.Scheduling.Delivery;

/// <summary>
/// Wakes the dispatcher as soon as something is enqueued, so a reply goes out at once instead of at the next
/// poll. The poll stays as the safety net (rows due later, retries). Inside a transaction the wake-up waits for the
/// commit: a dispatcher woken before the rows are visible would find nothing and sleep a whole poll.
/// </summary>
internal sealed class OutboxSignal(TimeProvider time, SqliteDatabase? database = null) : IDisposable
{
    private readonly SemaphoreSlim _pulse = new(0, 1);

    public void Pulse()
    {
        if (database is null)
        {
            Wake();
        }
        else
        {
            database.AfterCommit(Wake);
        }
    }

    private void Wake()
    {
        try
        {
            if (_pulse.CurrentCount == 0)
            {
                _pulse.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Another pulse got there first: one wake-up is enough.
        }
    }

    /// <summary>Returns on a pulse or when <paramref name="timeout"/> (measured by the TimeProvider) has passed.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var timer = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timer.Token);
        try
        {
            await _pulse.WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The timeout: time for the regular poll.
        }
    }

    public void Dispose() => _pulse.Dispose();
}
