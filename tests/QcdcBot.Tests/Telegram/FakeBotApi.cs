using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace QcdcBot.Tests.Telegram;

/// <summary>
/// A fake Telegram Bot API on 127.0.0.1 with a random port, answering with the published shapes. It records every
/// call, serves getUpdates from a queue with long-poll semantics (an update is dropped only when a later call's offset
/// passes it, as Telegram does), serves file downloads, and can inject 429s, 500s, dropped connections and hangs.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456:TEST-secret_token";
    public const long BotId = 123456;
    public const string Username = "QcdcTestBot";

    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<ApiCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Fault>> _faults = new();
    private readonly ConcurrentDictionary<string, byte[]> _files = new();
    private readonly List<JsonObject> _updates = [];
    private readonly List<JsonNode?> _junk = [];
    private readonly SemaphoreSlim _updatesChanged = new(0);
    private readonly Lock _floodLock = new();
    private readonly Dictionary<string, Queue<TimeSpan>> _floodWindows = new(StringComparer.Ordinal);
    private int _rateLimited;
    private long _nextUpdateId = 1000;
    private long _nextMessageId = 500;

    private FakeBotApi(WebApplication app) => _app = app;

    public string BaseUrl => _app.Urls.First();

    public IReadOnlyList<ApiCall> Calls => _calls.ToList();

    /// <summary>When set, sendMessage and sendDocument beyond these limits are answered 429 with retry_after, as Telegram does.</summary>
    public FakeRateLimits? RateLimits { get; set; }

    /// <summary>How many sends were refused with 429 for breaking <see cref="RateLimits"/>.</summary>
    public int RateLimited => Volatile.Read(ref _rateLimited);

    /// <summary>Asked for a fault on every call that has none queued (the chaos harness's random mix); null = answer normally.</summary>
    public Func<string, Fault?>? FaultMix { get; set; }

    /// <summary>Calls held by a <see cref="Fault.Hang"/>, as soon as they arrive.</summary>
    public ConcurrentQueue<ApiCall> HangingCalls { get; } = new();

    public static async Task<FakeBotApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeBotApi(app);
        app.Map("/bot{token}/{method}", (Func<HttpContext, string, string, Task>)fake.HandleAsync);
        app.MapGet("/file/bot{token}/{**path}", (Func<HttpContext, string, string, Task>)fake.DownloadAsync);
        await app.StartAsync();
        return fake;
    }

    public IReadOnlyList<ApiCall> CallsTo(string method) => _calls.Where(c => c.Method == method).ToList();

    public void Inject(string method, Fault fault) => _faults.GetOrAdd(method, _ => new ConcurrentQueue<Fault>()).Enqueue(fault);

    public void AddFile(string fileId, byte[] bytes) => _files[fileId] = bytes;

    /// <summary>Queues an update; gives it the next update_id unless it has one. Returns the id.</summary>
    public long Enqueue(JsonObject update)
    {
        lock (_updates)
        {
            if (update["update_id"] is null)
            {
                update["update_id"] = Interlocked.Increment(ref _nextUpdateId);
            }

            _updates.Add(update);
        }

        _updatesChanged.Release();
        return update["update_id"]!.GetValue<long>();
    }

    /// <summary>
    /// Something that is not a well-formed update (a null, an update_id beyond Int64…), served at the head of every
    /// getUpdates answer from now on: no offset can acknowledge it.
    /// </summary>
    public void EnqueueJunk(string json)
    {
        lock (_updates)
        {
            _junk.Add(JsonNode.Parse(json));
        }

        _updatesChanged.Release();
    }

    public int QueuedUpdates()
    {
        lock (_updates)
        {
            return _updates.Count;
        }
    }

    /// <summary>Waits (bounded) until a call to <paramref name="method"/> matching <paramref name="match"/> was recorded.</summary>
    public async Task<ApiCall> WaitForAsync(string method, Func<ApiCall, bool>? match = null, TimeSpan? timeout = null)
    {
        var deadline = _clock.Elapsed + (timeout ?? TimeSpan.FromSeconds(15));
        while (_clock.Elapsed < deadline)
        {
            var found = _calls.FirstOrDefault(c => c.Method == method && (match?.Invoke(c) ?? true) && (c.Result is not null || method == "file"));
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"No {method} call matched. Calls: {string.Join(", ", _calls.Select(c => c.Method + (c.Body["text"] is { } t ? $"(\"{t}\")" : string.Empty)))}");
    }

    public async Task<ApiCall> WaitForMessageAsync(long chatId, string containing, TimeSpan? timeout = null) =>
        await WaitForAsync("sendMessage", c => c.Body["chat_id"]?.GetValue<long>() == chatId && (c.Body["text"]?.GetValue<string>() ?? string.Empty).Contains(containing, StringComparison.Ordinal), timeout);

    public IReadOnlyList<string> MessagesTo(long chatId) =>
        CallsTo("sendMessage").Where(c => c.Body["chat_id"]?.GetValue<long>() == chatId).Select(c => c.Body["text"]!.GetValue<string>()).ToList();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _updatesChanged.Dispose();
    }

    private async Task HandleAsync(HttpContext http, string token, string method)
    {
        if (token != Token)
        {
            await WriteAsync(http, 401, new JsonObject { ["ok"] = false, ["error_code"] = 401, ["description"] = "Unauthorized" });
            return;
        }

        var (body, upload, raw) = await ReadAsync(http.Request);
        var call = new ApiCall(method, body, upload, _clock.Elapsed) { RawBody = raw };
        if (!_faults.TryGetValue(method, out var queue) || !queue.TryDequeue(out var fault))
        {
            fault = FaultMix?.Invoke(method);
        }

        if (fault is not Fault.Hang)
        {
            _calls.Enqueue(call);
        }

        if (fault is null && method is "sendMessage" or "sendDocument" && FloodWait(body["chat_id"]?.ToString() ?? string.Empty, call.At) is { } wait)
        {
            Interlocked.Increment(ref _rateLimited);
            fault = new Fault.TooManyRequests((int)Math.Ceiling(wait.TotalSeconds));
        }

        if (fault is not null)
        {
            switch (fault)
            {
                case Fault.TooManyRequests(var seconds):
                    await WriteAsync(http, 429, new JsonObject
                    {
                        ["ok"] = false, ["error_code"] = 429, ["description"] = $"Too Many Requests: retry after {seconds}",
                        ["parameters"] = new JsonObject { ["retry_after"] = seconds },
                    });
                    return;
                case Fault.ServerError:
                    await WriteAsync(http, 500, new JsonObject { ["ok"] = false, ["error_code"] = 500, ["description"] = "Internal Server Error" });
                    return;
                case Fault.Blocked:
                    await WriteAsync(http, 403, new JsonObject { ["ok"] = false, ["error_code"] = 403, ["description"] = "Forbidden: bot was blocked by the user" });
                    return;
                case Fault.Drop:
                    http.Abort();
                    return;
                case Fault.DropAfterAccept:
                    call.Result = await ResultAsync(method, body, http.RequestAborted);
                    http.Abort();
                    return;
                case Fault.Late(var delay):
                    call.Result = await ResultAsync(method, body, http.RequestAborted);
                    await Task.Delay(delay, CancellationToken.None);
                    break;
                case Fault.Hang(var release):
                    HangingCalls.Enqueue(call);
                    await release.Task.WaitAsync(http.RequestAborted);
                    _calls.Enqueue(call);
                    break;
            }
        }

        call.Result ??= await ResultAsync(method, body, http.RequestAborted);
        await WriteAsync(http, 200, new JsonObject { ["ok"] = true, ["result"] = call.Result?.DeepClone() });
    }

    /// <summary>Null when one more message to <paramref name="chatId"/> fits every limit (and it is counted); else how long until it would.</summary>
    private TimeSpan? FloodWait(string chatId, TimeSpan now)
    {
        if (RateLimits is not { } limits)
        {
            return null;
        }

        // The allowances are explained on FakeRateLimits.
        var windows = new List<(string Key, TimeSpan Length, int Max)>
        {
            ("bot", TimeSpan.FromSeconds(1), limits.PerSecond + 1),
            chatId.StartsWith('-')
                ? ("group " + chatId, TimeSpan.FromMinutes(1) - limits.Tolerance, limits.PerGroupPerMinute)
                : ("chat " + chatId, TimeSpan.FromSeconds(1) - limits.Tolerance, limits.PerChatPerSecond),
        };
        lock (_floodLock)
        {
            var wait = TimeSpan.Zero;
            foreach (var (key, length, max) in windows)
            {
                if (!_floodWindows.TryGetValue(key, out var queue))
                {
                    _floodWindows[key] = queue = new Queue<TimeSpan>();
                }

                while (queue.Count > 0 && queue.Peek() <= now - length)
                {
                    queue.Dequeue();
                }

                if (queue.Count >= max)
                {
                    var free = queue.ElementAt(queue.Count - max) + length - now;
                    wait = free > wait ? free : wait;
                }
            }

            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            foreach (var (key, _, _) in windows)
            {
                _floodWindows[key].Enqueue(now);
            }

            return null;
        }
    }

    private async Task<JsonNode?> ResultAsync(string method, JsonObject body, CancellationToken ct)
    {
        switch (method)
        {
            case "getMe":
                return new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "QCDC", ["username"] = Username };
            case "getUpdates":
                return await GetUpdatesAsync(body, ct);
            case "sendMessage":
            case "sendDocument":
                var message = new JsonObject
                {
                    ["message_id"] = Interlocked.Increment(ref _nextMessageId),
                    ["date"] = 1_800_000_000,
                    ["from"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "QCDC", ["username"] = Username },
                    ["chat"] = new JsonObject { ["id"] = long.Parse(body["chat_id"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture), ["type"] = "private" },
                };
                if (body["text"] is { } text)
                {
                    message["text"] = text.DeepClone();
                }

                if (method == "sendDocument")
                {
                    message["document"] = new JsonObject { ["file_id"] = "sent-" + message["message_id"], ["file_unique_id"] = "u" + message["message_id"] };
                }

                return message;
            case "getFile":
                var fileId = body["file_id"]!.GetValue<string>();
                return _files.TryGetValue(fileId, out var bytes)
                    ? new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = "u-" + fileId, ["file_size"] = bytes.Length, ["file_path"] = $"documents/{fileId}.bin" }
                    : new JsonObject { ["file_id"] = fileId };
            case "getWebhookInfo":
                return new JsonObject { ["url"] = string.Empty, ["has_custom_certificate"] = false, ["pending_update_count"] = 0 };
            case "editMessageText":
            case "editMessageReplyMarkup":
            case "answerCallbackQuery":
            case "sendChatAction":
            case "setWebhook":
            case "deleteWebhook":
                return true;
            default:
                return true;
        }
    }

    private async Task<JsonArray> GetUpdatesAsync(JsonObject body, CancellationToken ct)
    {
        var offset = body["offset"]?.GetValue<long>() ?? 0;
        var timeout = TimeSpan.FromSeconds(Math.Min(body["timeout"]?.GetValue<int>() ?? 0, 2));
        var until = _clock.Elapsed + timeout;
        while (true)
        {
            lock (_updates)
            {
                // Telegram forgets updates below the offset: that is how a client acknowledges them.
                _updates.RemoveAll(u => u["update_id"]!.GetValue<long>() < offset);
                if (_updates.Count + _junk.Count > 0 || _clock.Elapsed >= until)
                {
                    // At most 100 in one answer, as Telegram's default limit.
                    return new JsonArray(_junk.Select(j => j?.DeepClone()).Concat(_updates.Select(u => (JsonNode)u.DeepClone())).Take(100).ToArray());
                }
            }

            var remaining = until - _clock.Elapsed;
            if (remaining > TimeSpan.Zero)
            {
                await _updatesChanged.WaitAsync(remaining, ct);
            }
        }
    }

    private async Task DownloadAsync(HttpContext http, string token, string path)
    {
        _calls.Enqueue(new ApiCall("file", new JsonObject { ["path"] = path }, null, _clock.Elapsed));
        var fileId = Path.GetFileNameWithoutExtension(path);
        if (token != Token || !_files.TryGetValue(fileId, out var bytes))
        {
            http.Response.StatusCode = 404;
            return;
        }

        http.Response.ContentType = "application/octet-stream";
        await http.Response.Body.WriteAsync(bytes);
    }

    private static async Task<(JsonObject Body, byte[]? Upload, byte[]? Raw)> ReadAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            request.EnableBuffering();
            using var raw = new MemoryStream();
            await request.Body.CopyToAsync(raw);
            request.Body.Position = 0;
            var form = await request.ReadFormAsync();
            var fields = new JsonObject();
            foreach (var (key, value) in form)
            {
                fields[key] = value.ToString();
            }

            byte[]? upload = null;
            if (form.Files.Count > 0)
            {
                using var copy = new MemoryStream();
                await form.Files[0].CopyToAsync(copy);
                upload = copy.ToArray();
                fields["file_name"] = form.Files[0].FileName;
            }

            return (fields, upload, raw.ToArray());
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        return (text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!.AsObject(), null, null);
    }

    private static async Task WriteAsync(HttpContext http, int status, JsonObject answer)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(answer.ToJsonString(JsonSerializerOptions.Default));
    }
}
