using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Scheduling.Resilience;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.Members;

namespace QcdcBot.Scheduling.Delivery;

/// <summary>
/// Delivers the outbox: claims due rows, gives each a send slot from the limiter (the one place that decides when
/// a message goes out, first attempt or repeat), sends each at its slot — messages to different chats side by side,
/// so one chat's wait never holds another's — and records delivery, a retry, or the final outcome. While the platform
/// is merely unreachable a message is retried with capped backoff for as long as it is useful
/// (<see cref="DispatchOptions.GiveUpAfter"/>); then the admins are told what could not be delivered.
/// </summary>
internal sealed class OutboxDispatcher(
    OutboxStore outbox,
    MemberStore members,
    IMessageSender sender,
    OutboxRateLimiter limiter,
    TimeProvider time,
    IOptions<DispatchOptions> options,
    OutboxSignal signal,
    ILogger<OutboxDispatcher> logger,
    IReminderComposer? composer = null,
    StoreErrorPolicy? policy = null) : BackgroundService
{
    private const string Loop = "outbox dispatcher";

    /// <summary>A message whose slot is further away than this goes back to the store until then, instead of being held.</summary>
    private static readonly TimeSpan MaxHold = TimeSpan.FromSeconds(5);

    /// <summary>Undelivered-notices are not themselves reported when they cannot be delivered.</summary>
    private const string UndeliveredKeyPrefix = "und:";

    private readonly Lock _lock = new();
    private readonly HashSet<Task> _sending = [];
    private readonly HashSet<long> _sendingIds = [];

    /// <summary>One round: claims what is due and sends it; returns how many rows were claimed (0 means nothing was due).</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken ct)
    {
        var (claimed, sends) = await StartRoundAsync(options.Value.BatchSize, ct);
        await Task.WhenAll(sends);
        return claimed;
    }

    /// <summary>Delay before the next attempt after <paramref name="attempts"/> failed ones: doubling, capped.</summary>
    public TimeSpan Backoff(int attempts)
    {
        var o = options.Value;
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(o.FirstRetryDelay.Ticks * factor, o.MaxRetryDelay.Ticks));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var maxInFlight = o.BatchSize * 4;
        var storeFaults = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                int inFlight;
                lock (_lock)
                {
                    inFlight = _sending.Count;
                }

                if (inFlight < maxInFlight)
                {
                    // Sends run on their own; the next round is claimed while they wait for their slots.
                    (claimed, _) = await StartRoundAsync(Math.Min(o.BatchSize, maxInFlight - inFlight), stoppingToken);
                    storeFaults = 0;
                }
                else
                {
                    await Task.WhenAny(Snapshot());
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (policy is not null && e is not OperationCanceledException && StoreFault.Of(e) is not null)
            {
                // Waited out with backoff (admins told if it lasts); a fatal store fault stops the bot.
                try
                {
                    await policy.HandleAsync(Loop, e, ++storeFaults, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                continue;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A database hiccup must not stop delivery for good; the next round tries again.
                logger.LogError(e, "Outbox dispatch round failed");
            }

            if (claimed == 0)
            {
                try
                {
                    var next = await outbox.NextDueAsync(stoppingToken);
                    var wait = next is { } due ? due - time.GetUtcNow() : o.PollInterval;
                    wait = wait < TimeSpan.FromMilliseconds(20) ? TimeSpan.FromMilliseconds(20) : wait > o.PollInterval ? o.PollInterval : wait;
                    await signal.WaitAsync(wait, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    logger.LogError(e, "Outbox dispatch round failed");
                    await signal.WaitAsync(o.PollInterval, stoppingToken);
                }
            }
        }

        await Task.WhenAll(Snapshot());
    }

    private async Task<(int Claimed, IReadOnlyList<Task> Sends)> StartRoundAsync(int max, CancellationToken ct)
    {
        var o = options.Value;
        var batch = await outbox.ClaimDueAsync(time.GetUtcNow(), max, o.ClaimLease, ct);
        if (batch.Count > 0 && logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug("Outbox claimed {Count} rows ({First}..{Last}) at {At:HH:mm:ss.fff}", batch.Count, batch[0].Id, batch[^1].Id, time.GetUtcNow());
        }

        var sends = new List<Task>(batch.Count);
        var putBack = new List<PutBack>();
        foreach (var message in batch)
        {
            bool already;
            lock (_lock)
            {
                already = !_sendingIds.Add(message.Id);
            }

            if (already)
            {
                // Its lease ran out while its send is still on its way (a slow answer): sending it again would repeat it.
                putBack.Add(new PutBack(message.Id, time.GetUtcNow() + o.ClaimLease, "still being sent"));
                continue;
            }

            // Never held past half its claim lease, or the row would be claimed (and sent) a second time.
            var hold = o.ClaimLease / 2 < MaxHold ? o.ClaimLease / 2 : MaxHold;
            var reservation = limiter.Reserve(message.Channel, message.ChatId, hold);
            if (reservation.Slot is not { } slot)
            {
                // Its chat (or the channel) is busy for a while: back in the store until then, holding no one.
                lock (_lock)
                {
                    _sendingIds.Remove(message.Id);
                }

                putBack.Add(new PutBack(message.Id, reservation.ChatReadyAt, "waiting for a send slot"));
                continue;
            }

            var send = SendAtAsync(message, slot, ct);
            lock (_lock)
            {
                _sending.Add(send);
            }

            _ = send.ContinueWith(done =>
            {
                lock (_lock)
                {
                    _sending.Remove(done);
                    _sendingIds.Remove(message.Id);
                }
            }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            sends.Add(send);
        }

        // The round's messages without a slot go back in one write, not one each (the sends above touch none of them).
        await outbox.PutBackAsync(putBack, ct);
        return (batch.Count, sends);
    }

    private async Task SendAtAsync(OutboxMessage message, DateTimeOffset slot, CancellationToken ct)
    {
        var acquired = false;
        try
        {
            var wait = slot - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, ct);
            }

            if (!await outbox.StillClaimedAsync(message, ct))
            {
                // Claimed again after its lease while an earlier send of it was out, and that send ended (and was
                // recorded) before this round got to it: what happens to the row now is that send's, not this claim's.
                logger.LogDebug("Outbox message {Id} is no longer this round's to send", message.Id);
                return;
            }

            if (limiter.PausedUntil(message.Channel) is { } until)
            {
                // The channel was told to slow down while this one waited for its slot: back in the store until the pause ends.
                await outbox.MarkRetryAsync(message.Id, until, "channel slowed down", countsAsAttempt: false, ct);
                return;
            }

            var permit = await limiter.AcquireAsync(message.Channel, message.ChatId, ct, slot);
            acquired = true;
            var left = time.GetUtcNow();
            SendResult result;
            try
            {
                result = await sender.SendAsync(message, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Left claimed: it becomes due again when the lease ends.
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                result = SendResult.Transient($"{e.GetType().Name}: {e.Message}");
            }
            finally
            {
                limiter.Sent(permit);
            }

            if (logger.IsEnabled(LogLevel.Debug))
            {
                // Each send's lateness against its slot, and its round trip, for looking into the pace of a fan-out.
                logger.LogDebug(
                    "Outbox {Id} to {Chat}: slot {Slot:HH:mm:ss.fff}, left {Left:HH:mm:ss.fff}, answered {Answered:HH:mm:ss.fff}, {Outcome}",
                    message.Id, message.ChatId, slot, left, time.GetUtcNow(), result.Outcome);
            }

            // Recorded even while stopping: a message that went out must not be sent again after the lease. A store
            // fault is waited out holding the result, so a full disk does not turn a delivered message into a repeat.
            await (policy?.RunAsync(Loop, _ => RecordAsync(message, result, CancellationToken.None), ct) ?? RecordAsync(message, result, CancellationToken.None));

            if (result.AfterSent is { } afterSent)
            {
                try
                {
                    await afterSent(CancellationToken.None);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // It went out: a failed follow-up must not turn it into a repeat.
                    logger.LogWarning(e, "Outbox message {Id} was delivered, but its follow-up (the link to its deadline) failed", message.Id);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping before its slot: left claimed, due again after the lease.
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "Recording the delivery of outbox message {Id} failed; it is sent again after its lease", message.Id);
        }
        finally
        {
            if (!acquired)
            {
                // Its chat's later messages must not wait for a slot this one will not use.
                limiter.Release(message.Channel, message.ChatId, slot);
            }
        }
    }

    private Task[] Snapshot()
    {
        lock (_lock)
        {
            return [.. _sending];
        }
    }

    private async Task RecordAsync(OutboxMessage message, SendResult result, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var error = result.Error ?? result.Outcome.ToString();
        switch (result.Outcome)
        {
            case SendOutcome.Delivered:
                await outbox.MarkSentAsync(message.Id, result.ExternalMessageId, ct);
                break;

            case SendOutcome.RetryAfter:
                var delay = result.RetryAfterDelay ?? options.Value.FirstRetryDelay;
                limiter.SlowDown(message.Channel, delay);
                await outbox.MarkRetryAsync(message.Id, now + delay, error, countsAsAttempt: false, ct);
                break;

            case SendOutcome.Transient when now + Backoff(message.Attempts) < message.CreatedAt + options.Value.GiveUpAfter:
                // The platform is unreachable or answered 5xx: try again later, for as long as the message is useful.
                await outbox.MarkRetryAsync(message.Id, now + Backoff(message.Attempts), error, countsAsAttempt: true, ct);
                break;

            case SendOutcome.Transient:
                await outbox.MarkFailedAsync(message.Id, $"not delivered within {options.Value.GiveUpAfter} ({message.Attempts} attempts): {error}", ct);
                logger.LogWarning("Outbox message {Id} to {Channel}:{Chat} could not be delivered in time: {Error}", message.Id, message.Channel, message.ChatId, error);
                await TellAdminsAsync(message, ct);
                break;

            case SendOutcome.Unreachable:
                await outbox.MarkFailedAsync(message.Id, $"unreachable: {error}", ct);
                if (message.UserId is not null)
                {
                    await members.MarkUnreachableAsync(message.Channel, message.UserId, error, ct);
                }

                break;

            default:
                await outbox.MarkFailedAsync(message.Id, error, ct);
                logger.LogWarning("Outbox message {Id} to {Channel}:{Chat} rejected: {Error}", message.Id, message.Channel, message.ChatId, error);
                break;
        }
    }

    /// <summary>The admins learn what could not be delivered, so someone can pass it on by other means.</summary>
    private async Task TellAdminsAsync(OutboxMessage message, CancellationToken ct)
    {
        if (composer is null || message.DedupeKey?.StartsWith(UndeliveredKeyPrefix, StringComparison.Ordinal) == true)
        {
            return;
        }

        var admins = (await members.WithRoleAsync(MemberRole.Admin, ct)).Where(a => a.Reachable).ToList();
        var items = await composer.ComposeUndeliveredAsync(message, admins, $"{UndeliveredKeyPrefix}{message.Id}", ct);
        if (items.Count > 0)
        {
            await outbox.EnqueueAsync(items, ct);
            signal.Pulse();
        }
    }
}
