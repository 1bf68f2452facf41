using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Channels.Telegram.Api;
using QcdcBot.Bot.Hosting.Warmup;
using QcdcBot.Bot.Inbox;
using QcdcBot.Scheduling.Resilience;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Inbox;
using QcdcBot.Storage.Telegram;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>
/// Polling mode: long-polls getUpdates from the stored offset and stores what comes in, moving the offset in the
/// same transaction. Telegram forgets an update only when the next call carries a higher offset, so an update is
/// acknowledged only after it is safely in the store.
/// </summary>
internal sealed class TelegramPoller(
    TelegramClient client,
    InboxStore inbox,
    TelegramOffsetStore offsets,
    SqliteDatabase database,
    InboxSignal signal,
    ChannelHealth health,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    StoreErrorPolicy policy,
    FirstPoll firstPoll,
    ILogger<TelegramPoller> logger) : BackgroundService
{
    private const string Loop = "Telegram poller";

    private readonly string _botId = BotToken.IdOf(options.Value.Token);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var backoff = new PollBackoff("Telegram", time, logger);
        var webhookRemoved = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var started = time.GetUtcNow();
            var backlog = false;
            try
            {
                if (!webhookRemoved)
                {
                    // getUpdates is refused while a webhook is set.
                    await client.DeleteWebhookAsync(stoppingToken);
                    webhookRemoved = true;
                    logger.LogInformation("Telegram bot {BotId} receiving updates by long polling", _botId);
                }

                var offset = await policy.RunAsync(Loop, c => offsets.GetAsync(_botId, c), stoppingToken);
                started = time.GetUtcNow();
                var poll = client.GetUpdatesAsync(offset, options.Value.PollTimeout, stoppingToken);
                // The call is on its way: the start-up warm-up may begin (cold start is timed to this call).
                firstPoll.MarkSent();
                var raw = await poll;
                backoff.Succeeded();
                health.Received(TelegramAdapter.ChannelName);
                var updates = Readable(raw);
                if (updates.Count > 0)
                {
                    // A store fault is waited out holding this batch; Telegram keeps it too until the offset moves.
                    var added = await policy.RunAsync(Loop, c => database.InTransactionAsync(async (_, _) =>
                    {
                        var stored = await inbox.AcceptAsync(TelegramAdapter.ChannelName, _botId, updates, c);
                        await offsets.AdvanceAsync(_botId, updates.Max(TelegramUpdateInfo.UpdateId) + 1, c);
                        return stored;
                    }, c), stoppingToken);
                    logger.LogDebug("Stored {Added} new of {Count} Telegram update(s)", added, updates.Count);
                    signal.Notify();
                    // A full answer means more are waiting (after downtime, a busy hour): fetch them at once. The
                    // offset has moved past this batch, so this cannot spin on the same answer.
                    backlog = raw.Length >= TelegramClient.UpdatesPerCall;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                await backoff.FailedAsync(ex, ex is TelegramApiException or TelegramUnavailableException, stoppingToken);
            }

            // Whatever else getUpdates answers (at once, empty, or something unreadable over and over), never call it faster than this.
            var early = options.Value.MinPollInterval - (time.GetUtcNow() - started);
            if (!backlog && early > TimeSpan.Zero)
            {
                await backoff.WaitAsync(early, stoppingToken);
            }
        }
    }

    /// <summary>
    /// The updates the inbox can keep. Anything else in the batch (a null, no update_id, an id beyond Int64) is skipped
    /// with a warning; the offset still moves past every update that has a usable id, malformed or not.
    /// </summary>
    private List<ReceivedEvent> Readable(JsonElement[] raw)
    {
        var updates = new List<ReceivedEvent>(raw.Length);
        foreach (var element in raw)
        {
            if (TelegramUpdateInfo.From(element) is { } update)
            {
                updates.Add(update);
            }
            else
            {
                logger.LogWarning("Telegram sent something that is not an update ({Kind}, {Length} characters); skipped", element.ValueKind, element.ValueKind == JsonValueKind.Undefined ? 0 : element.GetRawText().Length);
            }
        }

        return updates;
    }
}
