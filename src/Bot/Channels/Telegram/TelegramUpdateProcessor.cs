using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Channels.Telegram.Api;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Delivery;
using QcdcBot.Storage.Telegram;
using Telegram.Bot.Types;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>
/// Handles the inbox in update order, one update (or album) at a time: claim it (pending → started), handle it,
/// finish it (→ done). After a stop in the middle the update is not run again — its effects may be committed —
/// and the person is told to check; everything still pending is handled as usual.
/// </summary>
internal sealed class TelegramUpdateProcessor(
    TelegramUpdateStore store,
    TelegramUpdateHandler handler,
    OutboxWriter outbox,
    TelegramInboxSignal signal,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramUpdateProcessor> logger) : BackgroundService
{
    private readonly string _botId = TelegramBotId.FromToken(options.Value.Token);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await store.PurgeAsync(_botId, options.Value.DedupeRetention, stoppingToken);
            await NotifyInterruptedAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                var pending = await store.PendingAsync(_botId, 50, stoppingToken);
                if (pending.Count == 0)
                {
                    await signal.WaitAsync(stoppingToken);
                    continue;
                }

                var done = new HashSet<long>();
                foreach (var row in pending)
                {
                    if (done.Contains(row.UpdateId))
                    {
                        continue;
                    }

                    var rows = row.MediaGroupId is { } album ? await WaitForAlbumAsync(row, album, stoppingToken) : [row];
                    await HandleAsync(rows, stoppingToken);
                    done.UnionWith(rows.Select(r => r.UpdateId));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: whatever was started stays "started" and is reported at the next start.
        }
    }

    private async Task HandleAsync(IReadOnlyList<StoredUpdate> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.UpdateId).ToList();
        await store.StartAsync(_botId, ids, ct);
        try
        {
            var updates = rows.Select(r => TelegramUpdateInfo.Parse(r.Payload)).OfType<Update>().ToList();
            if (updates.Count < rows.Count)
            {
                // Not what Telegram sends (a missing field, a date past year 9999…): nothing of it is applied.
                logger.LogWarning("Telegram update {UpdateId} could not be read and was skipped", ids[0]);
                if (rows[0].ChatId is { } chat)
                {
                    await TellAsync(chat, $"tg:{ids[0]}:unreadable",
                        "Bot không đọc được tin nhắn vừa rồi (định dạng lạ) nên chưa ghi nhận gì. Xin gửi lại: tệp báo cáo gửi dạng tệp (.docx, .pdf…), lệnh gõ như /viec.");
                }
            }
            else
            {
                await handler.HandleAsync(updates, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Telegram update {UpdateId} failed and was skipped", ids[0]);
            if (rows[0].ChatId is { } chatId)
            {
                // The person must not be left waiting for an answer that will never come.
                await TellAsync(chatId, $"tg:{ids[0]}:failed",
                    "Xin lỗi, bot gặp lỗi khi xử lý tin nhắn vừa rồi nên có thể chưa ghi nhận. Xin kiểm tra (ví dụ gõ /viec hoặc /hanchot) rồi gửi lại.");
            }
        }

        // A local write that takes milliseconds: not cut off by the stop, or a handled update would look interrupted.
        await store.FinishAsync(_botId, ids, CancellationToken.None);
    }

    /// <summary>Telegram sends each part of an album as its own update: wait until none arrived for the album window.</summary>
    private async Task<IReadOnlyList<StoredUpdate>> WaitForAlbumAsync(StoredUpdate first, string album, CancellationToken ct)
    {
        while (true)
        {
            var parts = await store.PendingAlbumAsync(_botId, first.ChatId, album, ct);
            var quietFor = time.GetUtcNow() - parts.Max(p => p.ReceivedAt);
            var remaining = options.Value.AlbumWindow - quietFor;
            if (remaining <= TimeSpan.Zero || parts.Count == 0)
            {
                return parts.Count == 0 ? [first] : parts;
            }

            await Task.Delay(remaining, time, ct);
        }
    }

    private async Task NotifyInterruptedAsync(CancellationToken ct)
    {
        foreach (var row in await store.TakeInterruptedAsync(_botId, ct))
        {
            logger.LogWarning("Telegram update {UpdateId} was being handled when the bot stopped; it is not run again", row.UpdateId);
            if (row.ChatId is not { } chatId)
            {
                continue;
            }

            await TellAsync(chatId, $"tg:{row.UpdateId}:interrupted",
                "Bot vừa khởi động lại đúng lúc đang xử lý một tin nhắn của bạn, nên không chắc tin đó đã được ghi nhận hay chưa. " +
                "Xin kiểm tra lại (ví dụ gõ /viec hoặc /hanchot) trước khi gửi lại.");
        }
    }

    /// <summary>Through the outbox like every message, keyed on the update so a repeat adds nothing.</summary>
    private async Task TellAsync(string chatId, string key, string text)
    {
        try
        {
            await outbox.EnqueueAsync(new ConversationReference(TelegramAdapter.ChannelName, chatId, null), new OutboundMessage(text), key, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogWarning(ex, "Could not queue a notice for Telegram chat {ChatId}", chatId);
        }
    }
}
