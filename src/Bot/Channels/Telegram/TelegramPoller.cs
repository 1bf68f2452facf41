using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Channels.Telegram.Api;
using QcdcBot.Scheduling.Resilience;
using QcdcBot.Storage.Telegram;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>
/// Polling mode: long-polls getUpdates from the stored offset and stores what comes in, moving the offset in the
/// same transaction. Telegram forgets an update only when the next call carries a higher offset, so an update is
/// acknowledged only after it is safely in the store.
/// </summary>
internal sealed class TelegramPoller(
    TelegramClient client,
    TelegramUpdateStore store,
    TelegramInboxSignal signal,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    StoreErrorPolicy policy,
    ILogger<TelegramPoller> logger) : BackgroundService
{
    private const string Loop = "Telegram poller";

    private readonly string _botId = TelegramBotId.FromToken(options.Value.Token);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var failures = 0;
        var webhookRemoved = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!webhookRemoved)
                {
                    // getUpdates is refused while a webhook is set.
                    await client.DeleteWebhookAsync(stoppingToken);
                    webhookRemoved = true;
                    logger.LogInformation("Telegram bot {BotId} receiving updates by long polling", _botId);
                }

                var offset = await policy.RunAsync(Loop, c => store.GetOffsetAsync(_botId, c), stoppingToken);
                var raw = await client.GetUpdatesAsync(offset, options.Value.PollTimeout, stoppingToken);
                failures = 0;
                var updates = raw.Select(e => TelegramUpdateInfo.From(e.GetRawText())).OfType<Storage.Telegram.ReceivedUpdate>().ToList();
                if (updates.Count == 0)
                {
                    continue;
                }

                // A store fault is waited out holding this batch; Telegram keeps it too until the offset moves.
                var added = await policy.RunAsync(Loop, c => store.AcceptAsync(_botId, updates, advanceOffset: true, c), stoppingToken);
                logger.LogDebug("Stored {Added} new of {Count} Telegram update(s)", added, updates.Count);
                signal.Notify();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is TelegramApiException or TelegramUnavailableException)
            {
                failures++;
                var delay = TelegramBackoff.Delay(failures, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(1), Random.Shared.NextDouble());
                logger.LogWarning("Telegram polling failed ({Reason}); trying again in {Delay}", ex.Message, delay);
                await DelayAsync(delay, stoppingToken);
            }
            catch (Exception ex)
            {
                failures++;
                logger.LogError(ex, "Telegram polling failed unexpectedly; trying again");
                await DelayAsync(TelegramBackoff.Delay(failures, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(1), Random.Shared.NextDouble()), stoppingToken);
            }
        }
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, time, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
