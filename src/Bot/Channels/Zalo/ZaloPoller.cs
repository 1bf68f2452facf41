using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Channels.Zalo.Api;
using QcdcBot.Bot.Inbox;
using QcdcBot.Storage.Inbox;

namespace QcdcBot.Bot.Channels.Zalo;

/// <summary>
/// Polling mode: asks getUpdates for one event at a time (408 = nothing new) and writes each to the inbox before it
/// is handled. Zalo has no offsets: an event handed out is gone from Zalo's side, so it is stored at once; events
/// sent while the bot is down are whatever Zalo still holds when polling resumes (see the README).
/// A refused token (401) ends polling; the client has said so once in the log.
/// </summary>
internal sealed class ZaloPoller(
    ZaloBotClient client,
    InboxStore inbox,
    InboxSignal signal,
    ChannelHealth health,
    IOptions<ZaloOptions> options,
    TimeProvider time,
    ILogger<ZaloPoller> logger) : BackgroundService
{
    private readonly string _botId = BotToken.IdOf(options.Value.Token);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var backoff = new PollBackoff("Zalo", time, logger);
        var webhookRemoved = false;
        while (!stoppingToken.IsCancellationRequested && !client.IsStopped)
        {
            try
            {
                if (!webhookRemoved)
                {
                    // getUpdates fails while a webhook is set.
                    await client.DeleteWebhookAsync(stoppingToken);
                    webhookRemoved = true;
                    logger.LogInformation("Zalo bot {BotId} receiving events by polling", _botId);
                }

                var raw = await client.GetUpdateAsync(options.Value.PollTimeout, stoppingToken);
                backoff.Succeeded();
                health.Received(ZaloAdapter.ChannelName);
                if (raw is null)
                {
                    continue;
                }

                if (ZaloEvent.Parse(raw) is not { } update)
                {
                    logger.LogWarning("Zalo sent something that is not an event ({Length} characters); skipped", raw.Length);
                    continue;
                }

                await inbox.AcceptAsync(ZaloAdapter.ChannelName, _botId, [ZaloUpdateHandler.Received(update, raw)], stoppingToken);
                signal.Notify();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (ZaloApiException ex) when (ex.IsUnauthorized)
            {
                break;
            }
            catch (Exception ex)
            {
                await backoff.FailedAsync(ex, ex is ZaloApiException or ZaloUnavailableException, stoppingToken);
            }
        }
    }
}
