namespace QcdcBot.Bot.Inbox;

/// <summary>
/// Whether the inbox processor is handling a turn right now, for work that must give way to people: the start-up
/// warm-up (Hosting/Warmup) runs only while no turn has been in progress for <see cref="Quiet"/>, and the token it is
/// handed is cancelled the moment a turn begins. On 2 cores the warm-up beside a turn competes with it, and in a
/// burst of updates it added to their CPU (README, Performance).
/// </summary>
internal sealed class TurnsInProgress(TimeProvider time) : IDisposable
{
    /// <summary>How long no turn must have run before background work goes on: the gap between two updates of a burst is shorter.</summary>
    internal static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private readonly object _lock = new();
    private int _running;
    private DateTimeOffset? _lastEnded;
    private TaskCompletionSource _idle = Done();
    private CancellationTokenSource _nextTurn = new();

    /// <summary>A turn begins (its event is scheduled): background work running now is told to stop.</summary>
    public IDisposable Begin()
    {
        CancellationTokenSource interrupted;
        lock (_lock)
        {
            if (_running++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            interrupted = _nextTurn;
            _nextTurn = new CancellationTokenSource();
        }

        // Asynchronously: the warm-up's continuations must not run on the turn's thread.
        _ = interrupted.CancelAsync();
        return new Turn(this);
    }

    /// <summary>
    /// Waits until no turn is in progress and none has ended within <see cref="Quiet"/>, then gives a token that is
    /// cancelled when the next turn begins.
    /// </summary>
    public async Task<CancellationToken> QuietAsync(CancellationToken ct)
    {
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            Task wait;
            lock (_lock)
            {
                var since = _lastEnded is { } ended ? time.GetUtcNow() - ended : Quiet;
                if (_running == 0 && since >= Quiet)
                {
                    return _nextTurn.Token;
                }

                wait = _running > 0 ? _idle.Task.WaitAsync(ct) : Task.Delay(Quiet - since, time, ct);
            }

            await wait;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _nextTurn.Dispose();
        }
    }

    private void End()
    {
        TaskCompletionSource? idle = null;
        lock (_lock)
        {
            _lastEnded = time.GetUtcNow();
            if (--_running == 0)
            {
                idle = _idle;
            }
        }

        idle?.TrySetResult();
    }

    private static TaskCompletionSource Done()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }

    private sealed class Turn(TurnsInProgress owner) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                owner.End();
            }
        }
    }
}
