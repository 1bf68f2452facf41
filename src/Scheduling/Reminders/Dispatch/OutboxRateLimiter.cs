using Microsoft.Extensions.Options;

namespace QcdcBot.Scheduling.Reminders.Dispatch;

/// <summary>
/// Sliding-window limits per channel, per chat and per group chat, plus a channel-wide pause after a
/// "retry after" answer. Waiting goes through the TimeProvider so tests drive it with a fake clock.
/// A chat id starting with '-' is a group (Telegram's convention; other channels can adopt it in their ids).
/// </summary>
internal sealed class OutboxRateLimiter(TimeProvider time, IOptions<DispatchOptions> options)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _windows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _pausedUntil = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits until one more message to <paramref name="chatId"/> fits every limit, then counts it.</summary>
    public async Task WaitTurnAsync(string channel, string chatId, CancellationToken ct)
    {
        while (true)
        {
            var wait = TryTake(channel, chatId, time.GetUtcNow());
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, time, ct);
        }
    }

    /// <summary>Stops the whole channel until the delay has passed (429 with retry_after).</summary>
    public void SlowDown(string channel, TimeSpan delay)
    {
        lock (_lock)
        {
            var until = time.GetUtcNow() + delay;
            if (!_pausedUntil.TryGetValue(channel, out var current) || current < until)
            {
                _pausedUntil[channel] = until;
            }
        }
    }

    /// <summary>When the channel may be written to again, if it is paused now.</summary>
    public DateTimeOffset? PausedUntil(string channel)
    {
        lock (_lock)
        {
            return _pausedUntil.TryGetValue(channel, out var until) && until > time.GetUtcNow() ? until : null;
        }
    }

    private TimeSpan TryTake(string channel, string chatId, DateTimeOffset now)
    {
        var limits = options.Value.LimitsFor(channel);
        var group = chatId.StartsWith('-');
        lock (_lock)
        {
            var wait = _pausedUntil.TryGetValue(channel, out var until) && until > now ? until - now : TimeSpan.Zero;
            var windows = new List<(string Key, TimeSpan Length, int Max)>
            {
                ($"{channel}", Second, limits.PerSecond),
                ($"{channel}\n{chatId}", Second, limits.PerChatPerSecond),
            };
            if (group)
            {
                windows.Add(($"{channel}\n{chatId}\nminute", Minute, limits.PerGroupPerMinute));
            }

            foreach (var (key, length, max) in windows)
            {
                var queue = Window(key);
                while (queue.Count > 0 && queue.Peek() <= now - length)
                {
                    queue.Dequeue();
                }

                if (queue.Count >= max)
                {
                    var free = queue.ElementAt(queue.Count - max) + length - now;
                    wait = free > wait ? free : wait;
                }
            }

            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            // Chats written to long ago leave empty windows behind; drop them so the map stays as big as recent traffic.
            if (_windows.Count > 1000)
            {
                foreach (var idle in _windows.Where(w => w.Value.Count == 0 || w.Value.Last() <= now - Minute).Select(w => w.Key).ToList())
                {
                    _windows.Remove(idle);
                }
            }

            foreach (var (key, _, _) in windows)
            {
                Window(key).Enqueue(now);
            }

            return TimeSpan.Zero;
        }
    }

    private Queue<DateTimeOffset> Window(string key)
    {
        if (!_windows.TryGetValue(key, out var queue))
        {
            queue = new Queue<DateTimeOffset>();
            _windows[key] = queue;
        }

        return queue;
    }
}
