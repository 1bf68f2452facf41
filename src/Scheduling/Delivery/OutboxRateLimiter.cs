using Microsoft.Extensions.Options;

namespace QcdcBot.Scheduling.Delivery;

/// <summary>
/// Keeps each channel's limits as the platform measures them, on arrival, whatever the latency. Two rules:
/// <list type="bullet">
/// <item>Spacing: messages leave evenly spaced (1 s / PerSecond apart), never in a burst. A message is given the
/// earliest free slot after its chat's previous one, so a busy chat takes later slots while other chats' messages take
/// the free slots before them.</item>
/// <item>Windows: a message counts against a limit from the moment it leaves until one window after its answer came
/// back. It arrived somewhere in between, so no window of arrivals can hold more than the limit, however the latency
/// varies; the price is one round trip per window (30 a second become 30 per 1 s + latency).</item>
/// </list>
/// The same holds per chat (1 a second) and per group (20 a minute). A "retry after" pauses the whole channel. Time
/// goes through the TimeProvider so tests drive it with a fake clock. Which chats are groups each channel says for
/// itself (<see cref="IChannelGroupChats"/>).
/// </summary>
internal sealed class OutboxRateLimiter(
    TimeProvider time,
    IOptions<DispatchOptions> options,
    ChannelLimitRegistry? registry = null,
    IEnumerable<IChannelGroupChats>? groupChats = null)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, HashSet<long>> _usedSlots = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DateTimeOffset> _chatNext = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _pausedUntil = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DateTimeOffset[]> _windows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _deferredUpTo = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SortedSet<long>> _chatWaiting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IChannelGroupChats> _groupChats = (groupChats ?? []).ToDictionary(g => g.Channel, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Reserves the earliest slot a message to <paramref name="chatId"/> may leave in. When that is more than
    /// <paramref name="maxAhead"/> away (a busy chat, a paused or fully booked channel), nothing is reserved and
    /// <see cref="Reservation.ChatReadyAt"/> says when to try again, so a backlog waits in the store, not in memory.
    /// </summary>
    public Reservation Reserve(string channel, string chatId, TimeSpan maxAhead)
    {
        var limits = LimitsFor(channel);
        var now = time.GetUtcNow();
        var chatKey = channel + "\n" + chatId;
        lock (_lock)
        {
            var ready = now;
            if (_pausedUntil.TryGetValue(channel, out var paused) && paused > ready)
            {
                ready = paused;
            }

            if (_chatNext.TryGetValue(chatKey, out var chatReady) && chatReady > ready)
            {
                ready = chatReady;
            }

            if (ready - now > maxAhead)
            {
                return new Reservation(null, ready);
            }

            var interval = (Second / Math.Max(1, limits.PerSecond)).Ticks;
            if (!_usedSlots.TryGetValue(channel, out var used))
            {
                used = [];
                _usedSlots[channel] = used;
            }

            var index = (ready.UtcTicks + interval - 1) / interval;
            while (used.Contains(index))
            {
                index++;
            }

            var slot = new DateTimeOffset(index * interval, TimeSpan.Zero);
            if (slot - now > maxAhead)
            {
                // The channel is booked that far ahead: come back when this message's turn is near. Each message sent
                // back is given the next turn after the last one handed out, so a backlog comes back spread over its
                // slots and is claimed about once more, not all at once and again and again.
                var turn = _deferredUpTo.TryGetValue(channel, out var last) && last >= index ? last + 1 : index;
                _deferredUpTo[channel] = turn;
                return new Reservation(null, new DateTimeOffset(turn * interval, TimeSpan.Zero) - maxAhead / 2);
            }

            used.Add(index);
            var chatSpacing = Second / Math.Max(1, limits.PerChatPerSecond);
            if (IsGroup(channel, chatId))
            {
                var groupSpacing = Minute / Math.Max(1, limits.PerGroupPerMinute);
                chatSpacing = groupSpacing > chatSpacing ? groupSpacing : chatSpacing;
            }

            _chatNext[chatKey] = slot + chatSpacing;
            if (!_chatWaiting.TryGetValue(chatKey, out var waiting))
            {
                waiting = [];
                _chatWaiting[chatKey] = waiting;
            }

            waiting.Add(slot.UtcTicks);
            Prune(used, now.UtcTicks / interval, now);
            return new Reservation(slot, slot);
        }
    }

    /// <summary>
    /// Waits until one more message to <paramref name="chatId"/> fits every window, and counts it as on its way.
    /// The caller must <see cref="Sent"/> the permit when the platform answered (or the attempt ended).
    /// </summary>
    /// <param name="slot">The slot <see cref="Reserve"/> gave: a chat's messages then leave in the order of their slots,
    /// even when a later one's wait ends first (a starved thread wakes the earlier one late). Without it, no order is kept.</param>
    public async Task<SendPermit> AcquireAsync(string channel, string chatId, CancellationToken ct, DateTimeOffset? slot = null)
    {
        var limits = LimitsFor(channel);
        var keys = new List<(string Key, int Count, TimeSpan Window)>
        {
            (channel, limits.PerSecond, Second),
            (channel + "\n" + chatId, limits.PerChatPerSecond, Second),
        };
        if (IsGroup(channel, chatId))
        {
            keys.Add((channel + "\n" + chatId + "\nminute", limits.PerGroupPerMinute, Minute));
        }

        while (true)
        {
            var now = time.GetUtcNow();
            TimeSpan wait;
            lock (_lock)
            {
                wait = _pausedUntil.TryGetValue(channel, out var paused) && paused > now ? paused - now : TimeSpan.Zero;
                if (slot is { } own && EarlierWaits(channel + "\n" + chatId, own, now))
                {
                    wait = wait > Poll ? wait : Poll;
                }

                var taken = new List<(DateTimeOffset[] Window, int Index, TimeSpan Length)>();
                foreach (var (key, count, length) in keys)
                {
                    var window = Window(key, count);
                    var index = Array.IndexOf(window, window.Min());
                    var free = window[index] - now;
                    wait = free > wait ? free : wait;
                    taken.Add((window, index, length));
                }

                if (wait <= TimeSpan.Zero)
                {
                    // On its way: the window stays taken until the answer comes back.
                    foreach (var (window, index, _) in taken)
                    {
                        window[index] = DateTimeOffset.MaxValue;
                    }

                    if (slot is { } mine)
                    {
                        Forget(channel + "\n" + chatId, mine);
                    }

                    return new SendPermit(taken.Select(t => (t.Window, t.Index, t.Length)).ToList());
                }
            }

            // A window held by a message still on its way frees when its answer comes: look again shortly.
            await Task.Delay(wait > Poll ? Poll : wait, time, ct);
        }
    }

    /// <summary>The answer came back (or the attempt ended): each window the message took is free one window from now.</summary>
    public void Sent(SendPermit permit)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            foreach (var (window, index, length) in permit.Taken)
            {
                window[index] = now + length;
            }
        }
    }

    /// <summary>A reserved slot that will not be sent in (the message went back to the store, or its send ended early).</summary>
    public void Release(string channel, string chatId, DateTimeOffset slot)
    {
        lock (_lock)
        {
            Forget(channel + "\n" + chatId, slot);
        }
    }

    /// <summary>Whether a message of this chat with an earlier slot has not left yet. One whose slot passed a minute ago
    /// without leaving or being released is not waited for: a lost reservation must never hold a chat for good.</summary>
    private bool EarlierWaits(string chatKey, DateTimeOffset slot, DateTimeOffset now)
    {
        if (!_chatWaiting.TryGetValue(chatKey, out var waiting))
        {
            return false;
        }

        waiting.RemoveWhere(t => t < (now - Minute).UtcTicks);
        return waiting.Count > 0 && waiting.Min < slot.UtcTicks;
    }

    private void Forget(string chatKey, DateTimeOffset slot)
    {
        if (_chatWaiting.TryGetValue(chatKey, out var waiting) && waiting.Remove(slot.UtcTicks) && waiting.Count == 0)
        {
            _chatWaiting.Remove(chatKey);
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

    private bool IsGroup(string channel, string chatId) => _groupChats.TryGetValue(channel, out var groups) && groups.IsGroup(chatId);

    private ChannelRateLimits LimitsFor(string channel) => registry?.Find(channel) ?? options.Value.LimitsFor(channel);

    private DateTimeOffset[] Window(string key, int count)
    {
        if (!_windows.TryGetValue(key, out var window))
        {
            window = Enumerable.Repeat(DateTimeOffset.MinValue, Math.Max(1, count)).ToArray();
            _windows[key] = window;
        }

        return window;
    }

    /// <summary>Past slots, idle chats and their windows are forgotten, so the maps stay as big as recent traffic.</summary>
    private void Prune(HashSet<long> used, long currentIndex, DateTimeOffset now)
    {
        if (used.Count > 4096)
        {
            used.RemoveWhere(i => i < currentIndex);
        }

        if (_chatNext.Count > 4096)
        {
            foreach (var idle in _chatNext.Where(c => c.Value < now - Minute).Select(c => c.Key).ToList())
            {
                _chatNext.Remove(idle);
                _chatWaiting.Remove(idle);
                _windows.Remove(idle);
                _windows.Remove(idle + "\nminute");
            }
        }
    }
}

/// <summary>The slot a message got (null when its chat is busy for too long), and when its chat is free again.</summary>
internal sealed record Reservation(DateTimeOffset? Slot, DateTimeOffset ChatReadyAt);

/// <summary>The windows a message on its way holds until its answer comes back.</summary>
internal sealed record SendPermit(IReadOnlyList<(DateTimeOffset[] Window, int Index, TimeSpan Length)> Taken);
