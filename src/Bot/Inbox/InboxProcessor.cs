using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Delivery;
using QcdcBot.Bot.Inbox.Flood;
using QcdcBot.Scheduling.Resilience;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Inbox;

namespace QcdcBot.Bot.Inbox;

/// <summary>
/// Handles every channel's inbox. Events of one chat are handled in arrival order, one after another; different
/// chats are handled concurrently, so one person's slow download or album wait holds nobody else. Each turn — its
/// writes, its outgoing messages and the event's "done" mark — is one transaction: a crash or stop in the middle
/// leaves the event pending, and it is handled again after the restart as if for the first time.
/// </summary>
internal sealed class InboxProcessor(
    InboxStore store,
    IEnumerable<IInboxHandler> handlers,
    SqliteDatabase database,
    OutboxWriter outbox,
    InboxSignal signal,
    TimeProvider time,
    StoreErrorPolicy policy,
    TurnAttempt attempt,
    FloodGate flood,
    TurnsInProgress turns,
    ILogger<InboxProcessor> logger) : BackgroundService
{
    private const string Loop = "inbox processor";
    private const int BatchSize = 200;
    private const int MaxInFlight = 2000;
    private const int MaxConcurrentTurns = 16;

    /// <summary>An event whose handling was started this often without finishing (it keeps killing the process) is given up.</summary>
    private const int MaxAttempts = 5;

    private const string FailedNotice =
        "Xin lỗi, bot gặp lỗi khi xử lý tin nhắn vừa rồi nên có thể chưa ghi nhận. Xin kiểm tra (ví dụ gõ /viec hoặc /hanchot) rồi gửi lại.";

    private const string InterruptedNotice =
        "Bot vừa khởi động lại đúng lúc đang xử lý một tin nhắn của bạn, nên không chắc tin đó đã được ghi nhận hay chưa. " +
        "Xin kiểm tra lại (ví dụ gõ /viec hoặc /hanchot) trước khi gửi lại.";

    private readonly Dictionary<string, IInboxHandler> _handlers = handlers.ToDictionary(h => h.Channel, StringComparer.Ordinal);
    private readonly object _lock = new();
    private readonly Dictionary<string, Task> _tails = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Group> _groups = new(StringComparer.Ordinal);
    private readonly HashSet<long> _inFlight = [];
    private readonly SemaphoreSlim _room = new(MaxInFlight, MaxInFlight);
    private readonly SemaphoreSlim _turns = new(MaxConcurrentTurns, MaxConcurrentTurns);
    private long _cursor;
    private volatile bool _rescan;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            foreach (var handler in _handlers.Values)
            {
                await policy.RunAsync(Loop, c => store.PurgeAsync(handler.Channel, handler.Retention, c), stoppingToken);
            }

            await policy.RunAsync(Loop, NotifyInterruptedAsync, stoppingToken);
            var storeFaults = 0;
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (!await ScheduleMoreAsync(stoppingToken))
                    {
                        await signal.WaitAsync(stoppingToken);
                    }

                    storeFaults = 0;
                }
                catch (Exception ex) when (ex is not OperationCanceledException && StoreFault.Of(ex) is not null)
                {
                    // Nothing was lost: wait the fault out (the admins are told if it lasts; a fatal one stops the bot).
                    _rescan = true;
                    await policy.HandleAsync(Loop, ex, ++storeFaults, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // E.g. the store is busy or full: nothing was lost, try again shortly.
                    logger.LogError(ex, "Reading the inbox failed; trying again");
                    _rescan = true;
                    await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: a turn cut off is rolled back and its event stays pending for the next start.
        }

        Task[] running;
        lock (_lock)
        {
            running = [.. _tails.Values];
        }

        await Task.WhenAll(running.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
    }

    /// <summary>Schedules the pending events not yet scheduled; false when there were none.</summary>
    private async Task<bool> ScheduleMoreAsync(CancellationToken ct)
    {
        if (_rescan)
        {
            _rescan = false;
            _cursor = 0;
        }

        var pending = await store.PendingAsync(_cursor, BatchSize, ct);
        if (pending.Count == 0)
        {
            return false;
        }

        _cursor = pending[^1].Seq;
        List<InboxEvent> fresh;
        lock (_lock)
        {
            fresh = pending.Where(e => !_inFlight.Contains(e.Seq)).ToList();
        }

        if (fresh.Count == 0)
        {
            return true;
        }

        // One write for the whole batch, not one per event.
        await store.ClaimAsync(fresh.Select(e => e.Seq).ToList(), ct);
        foreach (var e in fresh)
        {
            await _room.WaitAsync(ct);
            Schedule(e with { Attempts = e.Attempts + 1 }, ct);
        }

        return true;
    }

    private void Schedule(InboxEvent e, CancellationToken ct)
    {
        var chat = $"{e.Channel}|{e.BotId}|{e.ChatId ?? "event:" + e.EventId}";
        lock (_lock)
        {
            _inFlight.Add(e.Seq);
            Group? group = null;
            if (e.GroupKey is { } key)
            {
                var groupKey = chat + "|" + key;
                if (_groups.TryGetValue(groupKey, out var open) && !open.Started)
                {
                    // The rest of an album whose turn has not started yet: it is handled with it.
                    open.Seqs.Add(e.Seq);
                    return;
                }

                group = new Group(groupKey) { Seqs = { e.Seq } };
                _groups[groupKey] = group;
            }

            var previous = _tails.GetValueOrDefault(chat) ?? Task.CompletedTask;
            var task = RunAfterAsync(previous, e, group, ct);
            _tails[chat] = task;
            _ = task.ContinueWith(done =>
            {
                lock (_lock)
                {
                    if (_tails.TryGetValue(chat, out var tail) && tail == done)
                    {
                        _tails.Remove(chat);
                    }
                }
            }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task RunAfterAsync(Task previous, InboxEvent e, Group? group, CancellationToken ct)
    {
        // From the moment it is scheduled: background work (the start-up warm-up) gives way to it.
        using var busy = turns.Begin();
        await previous.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        IReadOnlyList<long> registered = [e.Seq];
        try
        {
            await _turns.WaitAsync(ct);
            try
            {
                var events = group is null ? [e] : await WaitForGroupAsync(e, group, ct);
                if (events.Count > 0)
                {
                    // A store fault rolls the turn back; it is waited out and the same events run again here,
                    // without a new claim, so a full disk does not use up the attempts meant for poison events.
                    await policy.RunAsync(Loop, c => HandleAsync(events, c), ct);
                }
            }
            finally
            {
                _turns.Release();
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping: rolled back, still pending.
        }
        catch (Exception ex)
        {
            // A store error (busy, full, I/O): nothing of the turn was committed, the event stays pending.
            logger.LogError(ex, "Handling {Channel} event {EventId} failed; it stays in the inbox and is tried again", e.Channel, e.EventId);
            _rescan = true;
            await DelayQuietlyAsync(TimeSpan.FromSeconds(1), ct);
        }
        finally
        {
            lock (_lock)
            {
                if (group is not null)
                {
                    group.Started = true;
                    _groups.Remove(group.Key);
                    registered = group.Seqs;
                }

                foreach (var seq in registered)
                {
                    _inFlight.Remove(seq);
                }
            }

            _room.Release(registered.Count);
            if (_rescan)
            {
                signal.Notify();
            }
        }
    }

    private async Task HandleAsync(IReadOnlyList<InboxEvent> events, CancellationToken ct)
    {
        var first = events[0];
        var seqs = events.Select(x => x.Seq).ToList();
        if (!_handlers.TryGetValue(first.Channel, out var handler))
        {
            logger.LogWarning("Inbox event {EventId} of channel {Channel}, which is not configured, was set aside", first.EventId, first.Channel);
            await store.FailAsync(seqs, ct);
            return;
        }

        if (events.Max(x => x.Attempts) > MaxAttempts)
        {
            logger.LogError("{Channel} event {EventId} was started {Attempts} times without finishing and is given up", first.Channel, first.EventId, first.Attempts - 1);
            await GiveUpAsync(first, seqs, ct);
            return;
        }

        // A flooding account's events are capped before they cost a download or a turn (see FloodGate).
        var verdict = await flood.AdmitAsync(first, ct);
        InboxTurn? turn;
        try
        {
            turn = verdict.Action == FloodAction.Ignore ? null : await handler.PrepareAsync(events, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not SqliteException && StoreFault.Of(ex) is null)
        {
            logger.LogError(ex, "{Channel} event {EventId} failed and was skipped", first.Channel, first.EventId);
            await GiveUpAsync(first, seqs, ct);
            return;
        }

        // The turn can tell a redelivery after a crash (its earlier attempt rolled back whole) from a first delivery.
        attempt.Current = events.Max(x => x.Attempts);
        try
        {
            await database.InTransactionAsync(async () =>
            {
                await flood.RunAsync(verdict, turn, ct);
                await store.FinishAsync(seqs, ct);
            }, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not SqliteException && StoreFault.Of(ex) is null)
        {
            // Rolled back whole; the person must not be left waiting for an answer that will never come.
            logger.LogError(ex, "{Channel} event {EventId} failed and was skipped", first.Channel, first.EventId);
            await GiveUpAsync(first, seqs, ct);
        }
    }

    private Task GiveUpAsync(InboxEvent first, IReadOnlyList<long> seqs, CancellationToken ct) =>
        database.InTransactionAsync(async () =>
        {
            await store.FailAsync(seqs, ct);
            if (first.ChatId is { } chatId)
            {
                await outbox.EnqueueAsync(new ConversationReference(first.Channel, chatId, null), new OutboundMessage(FailedNotice),
                    $"inbox:{first.Channel}:{first.EventId}:failed", ct);
            }
        }, ct);

    /// <summary>A group's parts come as separate events: wait until none arrived for the channel's group window.</summary>
    private async Task<IReadOnlyList<InboxEvent>> WaitForGroupAsync(InboxEvent first, Group group, CancellationToken ct)
    {
        var window = _handlers.TryGetValue(first.Channel, out var handler) ? handler.GroupWindow : TimeSpan.Zero;
        while (true)
        {
            var parts = await store.PendingGroupAsync(first.Channel, first.BotId, first.ChatId, first.GroupKey!, ct);
            var remaining = parts.Count == 0 ? TimeSpan.Zero : window - (time.GetUtcNow() - parts.Max(p => p.ReceivedAt));
            if (remaining <= TimeSpan.Zero)
            {
                lock (_lock)
                {
                    // Parts arriving from now on start a group of their own.
                    group.Started = true;
                    _groups.Remove(group.Key);
                }

                // Re-read: a part may have come between the read above and closing the group.
                return await store.PendingGroupAsync(first.Channel, first.BotId, first.ChatId, first.GroupKey!, ct);
            }

            await Task.Delay(remaining, time, ct);
        }
    }

    /// <summary>Turns cut off under the previous scheme (before one transaction per turn): not run again, the sender is told.</summary>
    private async Task NotifyInterruptedAsync(CancellationToken ct)
    {
        foreach (var e in await store.TakeInterruptedAsync(ct))
        {
            logger.LogWarning("{Channel} event {EventId} was being handled when the bot stopped; it is not run again", e.Channel, e.EventId);
            if (e.ChatId is { } chatId)
            {
                await outbox.EnqueueAsync(new ConversationReference(e.Channel, chatId, null), new OutboundMessage(InterruptedNotice),
                    $"inbox:{e.Channel}:{e.EventId}:interrupted", ct);
            }
        }
    }

    private async Task DelayQuietlyAsync(TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, time, ct);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    /// <summary>An album being collected: the events registered to it, and whether its turn has begun.</summary>
    private sealed class Group(string key)
    {
        public string Key { get; } = key;

        public List<long> Seqs { get; } = [];

        public bool Started { get; set; }
    }
}
