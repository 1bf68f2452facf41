using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace QcdcBot.Bot.Channels.Telegram.Api;

/// <summary>
/// Our own Bot API client over HttpClient. Transient failures (time-outs, dropped connections, 5xx) are retried
/// with capped exponential back-off; a 429 makes every call wait <c>retry_after</c>; 400/403 are not retried.
/// Sending a message (sendMessage, sendDocument) is never retried or delayed here: the outbox dispatcher decides
/// when it goes out, so every attempt takes a slot of its limiter.
/// The token is part of every URL, so the HttpClient has no logging and no message here contains a URL.
/// </summary>
internal sealed class TelegramClient(IHttpClientFactory httpFactory, IOptions<TelegramOptions> options, TimeProvider time, ILogger<TelegramClient> logger)
{
    public const string HttpClientName = "telegram";

    private static readonly string[] AllowedUpdates = ["message", "callback_query", "my_chat_member"];

    private readonly TelegramOptions _options = options.Value;
    private long _notBeforeTicks;

    private static readonly TimeSpan RetryAfterMargin = TimeSpan.FromMilliseconds(50);

    public Task<TelegramUser> GetMeAsync(CancellationToken ct) => CallAsync<TelegramUser>("getMe", new { }, ct);

    /// <summary>Long polling: waits up to <paramref name="timeout"/> for updates from <paramref name="offset"/> on. Returns each update's raw JSON.</summary>
    public Task<IReadOnlyList<JsonElement>> GetUpdatesAsync(long offset, TimeSpan timeout, CancellationToken ct) =>
        CallAsync<IReadOnlyList<JsonElement>>("getUpdates",
            new { offset, timeout = (int)timeout.TotalSeconds, allowed_updates = AllowedUpdates }, ct, timeout + _options.RequestTimeout);

    public Task<bool> SetWebhookAsync(string url, string secretToken, CancellationToken ct) =>
        CallAsync<bool>("setWebhook", new { url, secret_token = secretToken, allowed_updates = AllowedUpdates }, ct);

    public Task<bool> DeleteWebhookAsync(CancellationToken ct) =>
        CallAsync<bool>("deleteWebhook", new { drop_pending_updates = false }, ct);

    public Task<TelegramWebhookInfo> GetWebhookInfoAsync(CancellationToken ct) => CallAsync<TelegramWebhookInfo>("getWebhookInfo", new { }, ct);

    public Task<TelegramMessage> SendMessageAsync(long chatId, string html, InlineKeyboardMarkup? keyboard, long? replyTo, CancellationToken ct) =>
        CallAsync<TelegramMessage>("sendMessage", new
        {
            chat_id = chatId,
            text = html,
            parse_mode = "HTML",
            link_preview_options = new { is_disabled = true },
            reply_markup = keyboard,
            reply_parameters = replyTo is { } id ? new ReplyParameters(id) : null,
        }, ct);

    public Task<JsonElement> EditMessageTextAsync(long chatId, long messageId, string html, InlineKeyboardMarkup? keyboard, CancellationToken ct) =>
        CallAsync<JsonElement>("editMessageText", new { chat_id = chatId, message_id = messageId, text = html, parse_mode = "HTML", reply_markup = keyboard }, ct);

    public Task<JsonElement> EditMessageReplyMarkupAsync(long chatId, long messageId, InlineKeyboardMarkup? keyboard, CancellationToken ct) =>
        CallAsync<JsonElement>("editMessageReplyMarkup", new { chat_id = chatId, message_id = messageId, reply_markup = keyboard ?? InlineKeyboardMarkup.Empty }, ct);

    public Task<bool> AnswerCallbackQueryAsync(string callbackQueryId, string? text, CancellationToken ct) =>
        CallAsync<bool>("answerCallbackQuery", new { callback_query_id = callbackQueryId, text }, ct);

    public Task<bool> SendChatActionAsync(long chatId, string action, CancellationToken ct) =>
        CallAsync<bool>("sendChatAction", new { chat_id = chatId, action }, ct);

    public Task<TelegramFile> GetFileAsync(string fileId, CancellationToken ct) => CallAsync<TelegramFile>("getFile", new { file_id = fileId }, ct);

    /// <summary>Uploads a file as multipart/form-data (exports, receipts).</summary>
    public Task<TelegramMessage> SendDocumentAsync(long chatId, string fileName, string contentType, byte[] bytes, string? captionHtml, CancellationToken ct) =>
        SendAsync<TelegramMessage>("sendDocument", () =>
        {
            var form = new MultipartFormDataContent
            {
                { new StringContent(chatId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "chat_id" },
            };
            if (!string.IsNullOrEmpty(captionHtml))
            {
                form.Add(new StringContent(captionHtml), "caption");
                form.Add(new StringContent("HTML"), "parse_mode");
            }

            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "document", fileName);
            return form;
        }, _options.RequestTimeout + TimeSpan.FromSeconds(bytes.Length / 100_000), ct);

    /// <summary>Downloads a file found with getFile, refusing more than <paramref name="maxBytes"/>.</summary>
    public async Task<byte[]> DownloadFileAsync(string filePath, long maxBytes, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await WaitForFloodControlAsync(ct);
            using var timeout = new CancellationTokenSource(_options.RequestTimeout + TimeSpan.FromSeconds(maxBytes / 100_000), time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
            string reason;
            try
            {
                using var http = httpFactory.CreateClient(HttpClientName);
                using var request = new HttpRequestMessage(HttpMethod.Get, Url("file/bot", filePath));
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
                if (response.IsSuccessStatusCode)
                {
                    return await ReadLimitedAsync(response.Content, maxBytes, linked.Token);
                }

                if ((int)response.StatusCode < 500 && response.StatusCode != HttpStatusCode.TooManyRequests)
                {
                    throw new TelegramApiException("file download", (int)response.StatusCode, response.ReasonPhrase ?? "error");
                }

                reason = $"HTTP {(int)response.StatusCode}";
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                reason = "timed out";
            }
            catch (HttpRequestException ex)
            {
                reason = Redact(ex.Message);
            }

            await BackOffOrThrowAsync("file download", attempt, reason, ct);
        }
    }

    private Task<T> CallAsync<T>(string method, object body, CancellationToken ct, TimeSpan? timeout = null) =>
        SendAsync<T>(method, () => JsonContent(body), timeout ?? _options.RequestTimeout, ct);

    private async Task<T> SendAsync<T>(string method, Func<HttpContent> content, TimeSpan timeout, CancellationToken ct)
    {
        // A message's send is decided in one place, the outbox dispatcher and its limiter: no wait, no retry here.
        var outgoing = method is "sendMessage" or "sendDocument";
        for (var attempt = 1; ; attempt++)
        {
            if (!outgoing)
            {
                await WaitForFloodControlAsync(ct);
            }

            using var timer = new CancellationTokenSource(timeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timer.Token);
            string reason;
            try
            {
                using var http = httpFactory.CreateClient(HttpClientName);
                using var request = new HttpRequestMessage(HttpMethod.Post, Url("bot", method)) { Content = content() };
                using var response = await http.SendAsync(request, linked.Token);
                var body = await response.Content.ReadAsStringAsync(linked.Token);
                var answer = TryParse(body);
                if (answer is { Ok: true })
                {
                    return answer.Payload.Deserialize<T>(TelegramJson.Options)!;
                }

                var error = new TelegramApiException(method, answer?.ErrorCode ?? (int)response.StatusCode,
                    answer?.Description ?? response.ReasonPhrase ?? "no description",
                    answer?.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
                if (!error.IsTransient || attempt >= _options.MaxAttempts || outgoing)
                {
                    throw error;
                }

                if (error.RetryAfter is { } wait)
                {
                    // Flood control applies to the bot, not to this call: every call waits. The small margin covers timer
                    // granularity, so the next call never lands a hair before Telegram's window ends.
                    HoldUntil(time.GetUtcNow() + wait + RetryAfterMargin);
                    logger.LogWarning("Telegram {Method} was rate limited; waiting {RetryAfter} before the next call (attempt {Attempt})", method, wait, attempt);
                    continue;
                }

                reason = $"{error.ErrorCode} {error.Description}";
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                reason = "timed out";
            }
            catch (HttpRequestException ex)
            {
                reason = Redact(ex.Message);
            }
            catch (JsonException)
            {
                reason = "unreadable answer";
            }

            if (outgoing)
            {
                // Telegram may have delivered it before the answer was lost: no blind resend here; the outbox decides.
                throw new TelegramUnavailableException(method, reason);
            }

            await BackOffOrThrowAsync(method, attempt, reason, ct);
        }
    }

    private async Task BackOffOrThrowAsync(string method, int attempt, string reason, CancellationToken ct)
    {
        if (attempt >= _options.MaxAttempts)
        {
            throw new TelegramUnavailableException(method, reason);
        }

        var delay = TelegramBackoff.Delay(attempt, _options.RetryBaseDelay, _options.RetryMaxDelay, Random.Shared.NextDouble());
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

    private Uri Url(string prefix, string rest) => new($"{_options.ApiBaseUrl.TrimEnd('/')}/{prefix}{_options.Token}/{rest}");

    private string Redact(string message) =>
        string.IsNullOrEmpty(_options.Token) ? message : message.Replace(_options.Token, "<token>", StringComparison.Ordinal);

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body, TelegramJson.Options), Encoding.UTF8, "application/json");

    private static TelegramResponse? TryParse(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<TelegramResponse>(body, TelegramJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<byte[]> ReadLimitedAsync(HttpContent content, long maxBytes, CancellationToken ct)
    {
        if (content.Headers.ContentLength > maxBytes)
        {
            throw new TelegramApiException("file download", 413, "file larger than the download limit");
        }

        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new TelegramApiException("file download", 413, "file larger than the download limit");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
