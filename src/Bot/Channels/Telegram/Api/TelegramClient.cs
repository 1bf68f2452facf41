using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace QcdcBot.Bot.Channels.Telegram.Api;

/// <summary>
/// The Bot API through Telegram.Bot, with our rules on top, decided here only (the library's own 429 retry is off):
/// reads (getMe, getUpdates, getFile, downloads, webhook set-up) are retried with capped back-off; sends are tried
/// once — Telegram has no idempotency key, so after a lost answer only the outbox may decide to send again, through
/// its limiter. A 429 makes every call wait <c>retry_after</c>. Errors come out as our two exceptions, whose messages
/// name the method and Telegram's words, never a URL (the token is in every URL).
/// </summary>
internal sealed class TelegramClient(ITelegramBotClient bot, IOptions<TelegramOptions> options, TimeProvider time, ILogger<TelegramClient> logger)
{
    public const string HttpClientName = "telegram";

    private static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    private static readonly TimeSpan RetryAfterMargin = TimeSpan.FromMilliseconds(50);

    private readonly TelegramOptions _options = options.Value;
    private long _notBeforeTicks;

    public Task<User> GetMeAsync(CancellationToken ct) => ReadAsync("getMe", t => bot.GetMe(t), ct);

    /// <summary>How many updates one getUpdates answer holds at most (Telegram's default and largest <c>limit</c>).</summary>
    public const int UpdatesPerCall = 100;

    /// <summary>Long polling: waits up to <paramref name="timeout"/> for updates from <paramref name="offset"/> on, each as raw JSON (checked by the caller).</summary>
    public Task<JsonElement[]> GetUpdatesAsync(long offset, TimeSpan timeout, CancellationToken ct) =>
        ReadAsync("getUpdates", t => bot.SendRequest(new RawUpdatesRequest(offset, (int)timeout.TotalSeconds, AllowedUpdates), t), ct, timeout + _options.RequestTimeout);

    public Task SetWebhookAsync(string url, string secretToken, CancellationToken ct) =>
        ReadAsync("setWebhook", t => bot.SetWebhook(url, allowedUpdates: AllowedUpdates, secretToken: secretToken, cancellationToken: t), ct);

    public Task DeleteWebhookAsync(CancellationToken ct) => ReadAsync("deleteWebhook", t => bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: t), ct);

    public Task<WebhookInfo> GetWebhookInfoAsync(CancellationToken ct) => ReadAsync("getWebhookInfo", t => bot.GetWebhookInfo(t), ct);

    public Task<TGFile> GetFileAsync(string fileId, CancellationToken ct) => ReadAsync("getFile", t => bot.GetFile(fileId, t), ct);

    public Task<Message> SendMessageAsync(long chatId, string html, InlineKeyboardMarkup? keyboard, long? replyTo, CancellationToken ct) =>
        SendOnceAsync("sendMessage", t => bot.SendMessage(chatId, html, ParseMode.Html,
            replyParameters: replyTo is { } id ? new ReplyParameters { MessageId = (int)id, AllowSendingWithoutReply = true } : null,
            replyMarkup: keyboard, linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: t), ct);

    public Task EditMessageTextAsync(long chatId, int messageId, string html, CancellationToken ct) =>
        SendOnceAsync("editMessageText", t => bot.EditMessageText(chatId, messageId, html, ParseMode.Html, cancellationToken: t), ct);

    public Task RemoveButtonsAsync(long chatId, int messageId, CancellationToken ct) =>
        SendOnceAsync("editMessageReplyMarkup", t => bot.EditMessageReplyMarkup(chatId, messageId, InlineKeyboardMarkup.Empty(), cancellationToken: t), ct);

    public Task AnswerCallbackQueryAsync(string callbackQueryId, string? text, CancellationToken ct) =>
        SendOnceAsync("answerCallbackQuery", t => bot.AnswerCallbackQuery(callbackQueryId, text, cancellationToken: t), ct);

    public Task SendTypingAsync(long chatId, CancellationToken ct) =>
        SendOnceAsync("sendChatAction", t => bot.SendChatAction(chatId, ChatAction.Typing, cancellationToken: t), ct);

    /// <summary>Uploads a file as multipart/form-data; Telegram.Bot writes a non-ASCII name as plain UTF-8, which Telegram shows as typed.</summary>
    public Task<Message> SendDocumentAsync(long chatId, string fileName, byte[] bytes, CancellationToken ct) =>
        SendOnceAsync("sendDocument", t => bot.SendDocument(chatId, InputFile.FromStream(new MemoryStream(bytes, writable: false), fileName), cancellationToken: t), ct,
            _options.RequestTimeout + TimeSpan.FromSeconds(bytes.Length / 100_000));

    /// <summary>
    /// Downloads a file found with getFile, refusing more than <paramref name="maxBytes"/> by what actually arrives —
    /// a declared size can be missing or wrong.
    /// </summary>
    /// <exception cref="AttachmentTooLargeException">More than <paramref name="maxBytes"/> came.</exception>
    public Task<byte[]> DownloadFileAsync(string filePath, long maxBytes, CancellationToken ct) =>
        ReadAsync("file download", async t =>
        {
            using var buffer = new LimitedBuffer(maxBytes);
            await bot.DownloadFile(filePath, buffer, t);
            return buffer.ToArray();
        }, ct, _options.RequestTimeout + TimeSpan.FromSeconds(maxBytes / 100_000));

    private async Task<T> ReadAsync<T>(string method, Func<CancellationToken, Task<T>> call, CancellationToken ct, TimeSpan? timeout = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await CallAsync(method, call, timeout ?? _options.RequestTimeout, ct);
            }
            catch (TelegramApiException ex) when (ex.IsTransient && attempt < _options.MaxAttempts)
            {
                if (ex.RetryAfter is null)
                {
                    await BackOffAsync(method, attempt, ex.Message, ct);
                }
            }
            catch (TelegramUnavailableException ex) when (attempt < _options.MaxAttempts)
            {
                await BackOffAsync(method, attempt, ex.Reason, ct);
            }
        }
    }

    private Task ReadAsync(string method, Func<CancellationToken, Task> call, CancellationToken ct) =>
        ReadAsync(method, async t =>
        {
            await call(t);
            return true;
        }, ct);

    private Task<T> SendOnceAsync<T>(string method, Func<CancellationToken, Task<T>> call, CancellationToken ct, TimeSpan? timeout = null) =>
        CallAsync(method, call, timeout ?? _options.RequestTimeout, ct, HoldsForFloodControl(method));

    private Task SendOnceAsync(string method, Func<CancellationToken, Task> call, CancellationToken ct) =>
        CallAsync(method, async t =>
        {
            await call(t);
            return true;
        }, _options.RequestTimeout, ct, HoldsForFloodControl(method));

    // When a message goes out is decided in one place, the outbox dispatcher and its limiter: no flood-control wait here.
    private static bool HoldsForFloodControl(string method) => method is not ("sendMessage" or "sendDocument");

    /// <summary>One attempt, after any flood-control hold (not for sends), within <paramref name="timeout"/>; failures become our exceptions.</summary>
    private async Task<T> CallAsync<T>(string method, Func<CancellationToken, Task<T>> call, TimeSpan timeout, CancellationToken ct, bool holdForFloodControl = true)
    {
        if (holdForFloodControl)
        {
            await WaitForFloodControlAsync(ct);
        }

        using var timer = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timer.Token);
        try
        {
            return await call(linked.Token);
        }
        catch (Exception ex) when (ex.GetBaseException() is AttachmentTooLargeException)
        {
            // Thrown by our buffer, perhaps wrapped by the library: a fact about the file, not a failure to retry.
            throw (AttachmentTooLargeException)ex.GetBaseException();
        }
        catch (Exception) when (ct.IsCancellationRequested)
        {
            throw new OperationCanceledException(ct);
        }
        catch (ApiRequestException ex)
        {
            var retryAfter = ex.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
            if (ex.ErrorCode == 429 && retryAfter is { } wait)
            {
                // Flood control applies to the bot, not to this call: every call waits. The small margin covers timer
                // granularity, so the next call never lands a hair before Telegram's window ends.
                HoldUntil(time.GetUtcNow() + wait + RetryAfterMargin);
                logger.LogWarning("Telegram {Method} was rate limited; every call waits {RetryAfter}", method, wait);
            }

            throw new TelegramApiException(method, ex.ErrorCode, ex.Message, retryAfter);
        }
        catch (RequestException ex) when (ex.HttpStatusCode is { } status && (int)status >= 500)
        {
            throw new TelegramApiException(method, (int)status, "unreadable answer");
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException or OperationCanceledException or IOException or JsonException)
        {
            // Timed out, refused, dropped: the reason by kind only, since a transport message could carry the URL.
            throw new TelegramUnavailableException(method, timer.IsCancellationRequested ? "timed out" : Reason(ex));
        }
    }

    private static string Reason(Exception ex) => ex switch
    {
        RequestException { InnerException: { } inner } => Reason(inner),
        HttpRequestException { HttpRequestError: not HttpRequestError.Unknown } http => http.HttpRequestError.ToString(),
        _ => ex.GetType().Name,
    };

    private async Task BackOffAsync(string method, int attempt, string reason, CancellationToken ct)
    {
        var delay = RetryBackoff.Delay(attempt, _options.RetryBaseDelay, _options.RetryMaxDelay, Random.Shared.NextDouble());
        logger.LogWarning("Telegram {Method} failed ({Reason}); attempt {Attempt} of {MaxAttempts}, retrying in {Delay}", method, reason, attempt, _options.MaxAttempts, delay);
        await Task.Delay(delay, time, ct);
    }

    private void HoldUntil(DateTimeOffset until)
    {
        var ticks = until.UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref _notBeforeTicks);
            if (current >= ticks)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _notBeforeTicks, ticks, current) != current);
    }

    private async Task WaitForFloodControlAsync(CancellationToken ct)
    {
        var wait = new DateTimeOffset(Interlocked.Read(ref _notBeforeTicks), TimeSpan.Zero) - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, ct);
        }
    }
}
