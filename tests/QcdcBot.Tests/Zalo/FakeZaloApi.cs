using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace QcdcBot.Tests.Zalo;

/// <summary>One recorded Zalo Bot API call: the method, its JSON body, and what the fake answered.</summary>
public sealed record ZaloCall(string Method, JsonObject Body)
{
    public JsonNode? Result { get; set; }

    public string? ChatId => Body["chat_id"]?.ToString();

    public string? Text => Body["text"]?.GetValue<string>();
}

/// <summary>What the fake answers instead, once.</summary>
public enum ZaloFault
{
    /// <summary>429 "Quota exceeded" (Zalo publishes no numbers and sends no retry time).</summary>
    QuotaExceeded,

    ServerError,

    /// <summary>401 as after a token reset in Zalo Bot Creator.</summary>
    Unauthorized,

    /// <summary>The connection is dropped with no answer.</summary>
    Drop,
}

/// <summary>
/// A fake Zalo Bot API on 127.0.0.1 (see the shared zalo-api.md, section 1.8): POST /bot{token}/{method} with the
/// published envelope; getUpdates hands out one event per call and answers 408 when none came within its timeout;
/// getUpdates fails while a webhook is set; sendMessage refuses an empty text or one over 2000 characters with 400;
/// image URLs are served under /images/; faults (429, 5xx, 401, dropped connection) can be injected per method.
/// </summary>
public sealed class FakeZaloApi : IAsyncDisposable
{
    public const string Token = "1459232241:zalo-TEST_secret-token";
    public const string BotId = "1459232241";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ZaloCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ZaloFault>> _faults = new();
    private readonly ConcurrentDictionary<string, byte[]> _images = new();
    private readonly ConcurrentQueue<JsonObject> _events = new();
    private readonly SemaphoreSlim _eventsChanged = new(0);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _nextMessage;

    private FakeZaloApi(WebApplication app) => _app = app;

    public string BaseUrl => _app.Urls.First();

    /// <summary>The webhook registered with setWebhook (url, secret_token), null when none.</summary>
    public (string Url, string Secret)? Webhook { get; private set; }

    /// <summary>Longest wait of one getUpdates call here, whatever timeout the bot asks for, so tests stay quick.</summary>
    public TimeSpan MaxPollWait { get; set; } = TimeSpan.FromMilliseconds(500);

    public static async Task<FakeZaloApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeZaloApi(app);
        app.MapPost("/bot{token}/{method}", (Func<HttpContext, string, string, Task>)fake.HandleAsync);
        app.MapGet("/images/{name}", (Func<HttpContext, string, Task>)fake.ImageAsync);
        await app.StartAsync();
        return fake;
    }

    public IReadOnlyList<ZaloCall> Calls => _calls.ToList();

    public IReadOnlyList<ZaloCall> CallsTo(string method) => _calls.Where(c => c.Method == method).ToList();

    public void Inject(string method, ZaloFault fault, int times = 1)
    {
        var queue = _faults.GetOrAdd(method, _ => new ConcurrentQueue<ZaloFault>());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue(fault);
        }
    }

    /// <summary>Serves an image; the bytes are made a well-formed JPEG carrying them unless <paramref name="raw"/>.</summary>
    public string AddImage(string name, byte[] bytes, bool raw = false)
    {
        _images[name] = raw ? bytes : QcdcBot.Tests.Support.TestFiles.WellFormed("anh.jpg", bytes);
        return $"{BaseUrl}/images/{name}";
    }

    /// <summary>Queues an event (bare <c>{event_name, message}</c>) for getUpdates.</summary>
    public void Enqueue(JsonObject zaloEvent)
    {
        _events.Enqueue(zaloEvent);
        _eventsChanged.Release();
    }

    public int QueuedEvents => _events.Count;

    /// <summary>Waits (bounded) until a call to <paramref name="method"/> matching <paramref name="match"/> was answered.</summary>
    public async Task<ZaloCall> WaitForAsync(string method, Func<ZaloCall, bool>? match = null, TimeSpan? timeout = null)
    {
        var until = _clock.Elapsed + (timeout ?? TimeSpan.FromSeconds(15));
        while (_clock.Elapsed < until)
        {
            if (_calls.FirstOrDefault(c => c.Method == method && c.Result is not null && (match?.Invoke(c) ?? true)) is { } found)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"No {method} call matched. Calls: {string.Join(", ", _calls.Select(c => c.Method + (c.Text is { } t ? $"(\"{t[..Math.Min(t.Length, 80)]}\")" : string.Empty)))}");
    }

    public Task<ZaloCall> WaitForMessageAsync(string chatId, string containing, TimeSpan? timeout = null) =>
        WaitForAsync("sendMessage", c => c.ChatId == chatId && (c.Text ?? string.Empty).Contains(containing, StringComparison.Ordinal), timeout);

    /// <summary>The texts Zalo accepted for <paramref name="chatId"/>, in order.</summary>
    public IReadOnlyList<string> MessagesTo(string chatId) =>
        CallsTo("sendMessage").Where(c => c.ChatId == chatId && c.Result is not null).Select(c => c.Text!).ToList();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _eventsChanged.Dispose();
    }

    private async Task HandleAsync(HttpContext http, string token, string method)
    {
        JsonObject body;
        using (var reader = new StreamReader(http.Request.Body))
        {
            var text = await reader.ReadToEndAsync();
            body = text.Length == 0 ? [] : JsonNode.Parse(text)!.AsObject();
        }

        var call = new ZaloCall(method, body);
        _calls.Enqueue(call);
        if (token != Token)
        {
            await FailAsync(http, 401, "Unauthorized");
            return;
        }

        if (_faults.TryGetValue(method, out var queue) && queue.TryDequeue(out var fault))
        {
            switch (fault)
            {
                case ZaloFault.QuotaExceeded:
                    await FailAsync(http, 429, "Quota exceeded");
                    return;
                case ZaloFault.ServerError:
                    await FailAsync(http, 500, "Internal server error");
                    return;
                case ZaloFault.Unauthorized:
                    await FailAsync(http, 401, "Unauthorized");
                    return;
                case ZaloFault.Drop:
                    http.Abort();
                    return;
            }
        }

        switch (method)
        {
            case "getMe":
                await OkAsync(http, call, new JsonObject { ["id"] = BotId, ["account_name"] = "bot.QcdcTest", ["account_type"] = "BASIC", ["can_join_groups"] = false });
                return;
            case "getUpdates":
                if (Webhook is not null)
                {
                    await FailAsync(http, 400, "Bad Request: webhook is active");
                    return;
                }

                if (await NextEventAsync(body, http.RequestAborted) is { } next)
                {
                    await OkAsync(http, call, next);
                }
                else
                {
                    await FailAsync(http, 408, "Request timeout");
                }

                return;
            case "setWebhook":
                if (body["url"]?.GetValue<string>() is not { } url || body["secret_token"]?.GetValue<string>() is not { Length: >= 8 and <= 256 } secret)
                {
                    await FailAsync(http, 400, "Bad Request: url and secret_token (8-256) required");
                    return;
                }

                Webhook = (url, secret);
                await OkAsync(http, call, new JsonObject { ["url"] = url, ["updated_at"] = 1_750_316_131_602 });
                return;
            case "deleteWebhook":
                Webhook = null;
                await OkAsync(http, call, new JsonObject { ["url"] = string.Empty, ["updated_at"] = 1_750_316_131_602 });
                return;
            case "getWebhookInfo":
                if (Webhook is { } hook)
                {
                    await OkAsync(http, call, new JsonObject { ["url"] = hook.Url, ["updated_at"] = 1_750_316_131_602 });
                }
                else
                {
                    await FailAsync(http, 404, "Not Found");
                }

                return;
            case "sendMessage":
            case "sendPhoto":
                var text = body[method == "sendMessage" ? "text" : "caption"]?.GetValue<string>();
                if (body["chat_id"] is null || (method == "sendMessage" && string.IsNullOrEmpty(text)) || text?.Length > 2000)
                {
                    await FailAsync(http, 400, "Bad Request: text must be 1-2000 characters");
                    return;
                }

                await OkAsync(http, call, new JsonObject
                {
                    ["message_id"] = Interlocked.Increment(ref _nextMessage).ToString("x20", CultureInfo.InvariantCulture),
                    ["date"] = 1_750_316_131_602,
                });
                return;
            case "sendChatAction":
                call.Result = true;
                await WriteAsync(http, 200, new JsonObject { ["ok"] = true });
                return;
            default:
                await FailAsync(http, 400, "Bad Request: unknown method");
                return;
        }
    }

    private async Task<JsonObject?> NextEventAsync(JsonObject body, CancellationToken ct)
    {
        var asked = TimeSpan.FromSeconds(double.TryParse(body["timeout"]?.ToString(), CultureInfo.InvariantCulture, out var s) ? s : 30);
        var until = _clock.Elapsed + (asked < MaxPollWait ? asked : MaxPollWait);
        while (true)
        {
            if (_events.TryDequeue(out var next))
            {
                return next;
            }

            var remaining = until - _clock.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                return null;
            }

            await _eventsChanged.WaitAsync(remaining, ct);
        }
    }

    private async Task ImageAsync(HttpContext http, string name)
    {
        _calls.Enqueue(new ZaloCall("image", new JsonObject { ["name"] = name }) { Result = true });
        if (_faults.TryGetValue("image", out var queue) && queue.TryDequeue(out var fault))
        {
            // The CDN in trouble: a bare status or a dropped connection, no Bot API envelope.
            if (fault == ZaloFault.Drop)
            {
                http.Abort();
            }
            else
            {
                http.Response.StatusCode = fault == ZaloFault.QuotaExceeded ? 429 : 500;
            }

            return;
        }

        if (!_images.TryGetValue(name, out var bytes))
        {
            http.Response.StatusCode = 404;
            return;
        }

        http.Response.ContentType = "image/jpeg";
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes);
    }

    private static async Task OkAsync(HttpContext http, ZaloCall call, JsonNode result)
    {
        call.Result = result;
        await WriteAsync(http, 200, new JsonObject { ["ok"] = true, ["result"] = result.DeepClone() });
    }

    private static Task FailAsync(HttpContext http, int code, string description) =>
        WriteAsync(http, code, new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description });

    private static async Task WriteAsync(HttpContext http, int status, JsonObject answer)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(answer.ToJsonString(JsonSerializerOptions.Default));
    }
}
