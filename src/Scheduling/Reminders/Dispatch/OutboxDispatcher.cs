using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Scheduling.Resilience;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Reminders;

namespace QcdcBot.Scheduling.Reminders.Dispatch;

/// <summary>
/// Delivers the outbox: claims due rows, sends each through <see cref="IMessageSender"/> within the channel's rate
/// limits, and records delivery, a retry with exponential backoff, or final failure with the reason.
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
    StoreErrorPolicy? policy = null) : BackgroundService
{
    private const string Loop = "outbox dispatcher";

    /// <summary>One round: returns how many rows were claimed (0 means nothing was due).</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken ct)
    {
        var o = options.Value;
        var batch = await outbox.ClaimDueAsync(time.GetUtcNow(), o.BatchSize, o.ClaimLease, ct);
        foreach (var message in batch)
        {
            // A channel told to slow down gets the rest of its batch back untouched, due when the pause ends.
            if (limiter.PausedUntil(message.Channel) is { } until)
            {
                await outbox.MarkRetryAsync(message.Id, until, "channel slowed down", countsAsAttempt: false, ct);
                continue;
            }

            await limiter.WaitTurnAsync(message.Channel, message.ChatId, ct);
            SendResult result;
            try
            {
                result = await sender.SendAsync(message, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Left claimed: it becomes due again when the lease ends.
                throw;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                result = SendResult.Transient($"{e.GetType().Name}: {e.Message}");
            }

            // Recorded even while stopping: a message that went out must not be sent again after the lease. A store
            // fault is waited out holding the result, so a full disk does not turn a delivered message into a repeat.
            await (policy?.RunAsync(Loop, _ => RecordAsync(message, result, CancellationToken.None), ct) ?? RecordAsync(message, result, CancellationToken.None));
        }

        return batch.Count;
    }

    /// <summary>Delay before the next attempt after <paramref name="attempts"/> failed ones: doubling, capped.</summary>
    public TimeSpan Backoff(int attempts)
    {
        var o = options.Value;
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(o.FirstRetryDelay.Ticks * factor, o.MaxRetryDelay.Ticks));
        return delay;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var storeFaults = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await DispatchOnceAsync(stoppingToken);
                storeFaults = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
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
                    return;
                }
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
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
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

            case SendOutcome.Transient when message.Attempts < options.Value.MaxAttempts:
                await outbox.MarkRetryAsync(message.Id, now + Backoff(message.Attempts), error, countsAsAttempt: true, ct);
                break;

            case SendOutcome.Transient:
                await outbox.MarkFailedAsync(message.Id, $"gave up after {message.Attempts} attempts: {error}", ct);
                logger.LogWarning("Outbox message {Id} to {Channel}:{Chat} failed for good: {Error}", message.Id, message.Channel, message.ChatId, error);
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
}
