using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace QcdcBot.Bot.Channels.Zalo.Api;

/// <summary>
/// Our own Zalo Bot API client: POST + JSON to <c>&lt;base&gt;/bot&lt;token&gt;/&lt;method&gt;</c>. Transient failures
/// (time-outs, dropped connections, 5xx, 429) are retried with capped exponential back-off; 401 means the token is
/// dead: it is logged once, <see cref="IsStopped"/> turns true and every later call fails at once. The token is in
/// every URL, so the HttpClient has no logging and no message here contains a URL.
/// </summary>
internal sealed class ZaloBotClient(IHttpClientFactory httpFactory, IOptions<ZaloOptions> options, TimeProvider time, ILogger<ZaloBotClient> logger)
{
    public const string HttpClientName = "zalo";

    /// <summary>Zalo refuses longer texts (1–2000 characters); callers split before sending.</summary>
    public const int MaxTextLength = 2000;

    private readonly ZaloOptions _options = options.Value;
    private int _stopped;

    /// <summary>True once Zalo refused the token: the channel does nothing more until the bot is restarted with a new one.</summary>
    public bool IsStopped => Volatile.Read(ref _stopped) == 1;

    public Task<ZaloBotInfo> GetMeAsync(CancellationToken ct) => CallAsync<ZaloBotInfo>("getMe", new { }, ct);

    /// <summary>Long polling: at most one event, as its raw JSON; null when Zalo answered 408 (nothing new).</summary>
    public async Task<string?> GetUpdateAsync(TimeSpan timeout, CancellationToken ct)
    {
        try
        {
            var result = await CallAsync<JsonElement>("getUpdates", new { timeout = (int)timeout.TotalSeconds }, ct, timeout + _options.RequestTimeout);
            return result.ValueKind == JsonValueKind.Object ? result.GetRawText() : null;
        }
        catch (ZaloApiException ex) when (ex.IsNothingNew)
        {
            return null;
        }
    }

    public Task<ZaloWebhookInfo> SetWebhookAsync(string url, string secretToken, CancellationToken ct) =>
        CallAsync<ZaloWebhookInfo>("setWebhook", new { url, secret_token = secretToken }, ct);

    public Task<ZaloWebhookInfo> DeleteWebhookAsync(CancellationToken ct) => CallAsync<ZaloWebhookInfo>("deleteWebhook", new { }, ct);

    /// <summary>The registered webhook, or null when none is set (Zalo may answer 404 then).</summary>
    public async Task<ZaloWebhookInfo?> GetWebhookInfoAsync(CancellationToken ct)
    {
        try
        {
            var info = await CallAsync<ZaloWebhookInfo>("getWebhookInfo", new { }, ct);
            return string.IsNullOrEmpty(info.Url) ? null : info;
        }
        catch (ZaloApiException ex) when (ex.ErrorCode == 404)
        {
            return null;
        }
    }

    /// <exception cref="ArgumentException">The text is empty or longer than <see cref="MaxTextLength"/>: it is never sent.</exception>
    public Task<ZaloSentMessage> SendMessageAsync(string chatId, string text, CancellationToken ct)
    {
        CheckText(text, nameof(text));
        return CallAsync<ZaloSentMessage>("sendMessage", new { chat_id = chatId, text }, ct);
    }

    /// <summary>An image by its public URL (the Bot API takes no uploads).</summary>
    public Task<ZaloSentMessage> SendPhotoAsync(string chatId, string photoUrl, string? caption, CancellationToken ct)
    {
        if (caption is not null)
        {
            CheckText(caption, nameof(caption));
        }

        return CallAsync<ZaloSentMessage>("sendPhoto", new { chat_id = chatId, photo = photoUrl, caption }, ct);
    }

    public Task<JsonElement> SendChatActionAsync(string chatId, string action, CancellationToken ct) =>
        CallAsync<JsonElement>("sendChatAction", new { chat_id = chatId, action }, ct);

    /// <summary>Downloads an image Zalo linked in an event (a plain GET, no token), refusing more than <paramref name="maxBytes"/>.</summary>
    public async Task<byte[]> DownloadAsync(Uri url, long maxBytes, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var timer = new CancellationTokenSource(_options.RequestTimeout + TimeSpan.FromSeconds(maxBytes / 100_000), time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timer.Token);
            string reason;
            try
            {
                using var http = httpFactory.CreateClient(HttpClientName);
                using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, linked.Token);
                if (response.IsSuccessStatusCode)
                {
                    return await ReadLimitedAsync(response.Content, maxBytes, linked.Token);
                }

                if ((int)response.StatusCode < 500 && response.StatusCode != HttpStatusCode.TooManyRequests)
                {
                    throw new ZaloApiException("image download", (int)response.StatusCode, response.ReasonPhrase ?? "error");
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

            await BackOffOrThrowAsync("image download", attempt, reason, ct);
        }
    }

    private async Task<T> CallAsync<T>(string method, object body, CancellationToken ct, TimeSpan? timeout = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (IsStopped)
            {
                throw new ZaloApiException(method, 401, "the bot token was refused earlier; the Zalo channel is stopped");
            }

            using var timer = new CancellationTokenSource(timeout ?? _options.RequestTimeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timer.Token);
            string reason;
            try
            {
                using var http = httpFactory.CreateClient(HttpClientName);
                using var content = new StringContent(JsonSerializer.Serialize(body, ZaloJson.Options), Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(Url(method), content, linked.Token);
                var text = await response.Content.ReadAsStringAsync(linked.Token);
                var answer = TryParse(text);
                if (answer is { Ok: true })
                {
                    return answer.Payload.ValueKind == JsonValueKind.Undefined ? default! : answer.Payload.Deserialize<T>(ZaloJson.Options)!;
                }

                var error = new ZaloApiException(method, answer?.ErrorCode ?? (int)response.StatusCode, answer?.Description ?? response.ReasonPhrase ?? "no description");
                if (error.IsUnauthorized)
                {
                    Stop();
                    throw error;
                }

                if (!error.IsTransient || attempt >= _options.MaxAttempts)
                {
                    throw error;
                }

                reason = $"{error.ErrorCode} {error.Description}";
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                reason = "timed out";
                if (method is "sendMessage" or "sendPhoto")
                {
                    // Zalo may have delivered it before the answer was lost: no blind resend here; the outbox decides.
                    throw new ZaloUnavailableException(method, reason);
                }
            }
            catch (HttpRequestException ex)
            {
                reason = Redact(ex.Message);
            }
            catch (JsonException)
            {
                reason = "unreadable answer";
            }

            await BackOffOrThrowAsync(method, attempt, reason, ct);
        }
    }

    private void Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            logger.LogError("Zalo refused the bot token (401): the Zalo channel stops. Put the current token from Zalo Bot Creator in Zalo:Token and restart the bot.");
        }
    }

    private async Task BackOffOrThrowAsync(string method, int attempt, string reason, CancellationToken ct)
    {
        if (attempt >= _options.MaxAttempts)
        {
            throw new ZaloUnavailableException(method, reason);
        }

        var delay = RetryBackoff.Delay(attempt, _options.RetryBaseDelay, _options.RetryMaxDelay, Random.Shared.NextDouble());
        logger.LogWarning("Zalo {Method} failed ({Reason}); attempt {Attempt} of {MaxAttempts}, retrying in {Delay}", method, reason, attempt, _options.MaxAttempts, delay);
        await Task.Delay(delay, time, ct);
    }

    private static void CheckText(string text, string name)
    {
        if (text.Length is 0 or > MaxTextLength)
        {
            throw new ArgumentException($"Zalo takes 1–{MaxTextLength} characters; this text has {text.Length}.", name);
        }
    }

    private Uri Url(string method) => new($"{_options.ApiBaseUrl.TrimEnd('/')}/bot{_options.Token}/{method}");

    private string Redact(string message) =>
        string.IsNullOrEmpty(_options.Token) ? message : message.Replace(_options.Token, "<token>", StringComparison.Ordinal);

    private static ZaloResponse? TryParse(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<ZaloResponse>(body, ZaloJson.Options);
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
            throw new ZaloFileTooLargeException(content.Headers.ContentLength);
        }

        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new ZaloFileTooLargeException(null);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
