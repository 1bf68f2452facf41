using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace QcdcBot.Load;

/// <summary>
/// One message that reached the fake: when its request came in (<paramref name="Received"/>), when it "arrived" after
/// its simulated uplink latency (<paramref name="At"/>, what the limits count), and whether it was refused.
/// </summary>
internal sealed record Arrival(string Method, long ChatId, string Text, TimeSpan At, bool Refused, TimeSpan Received);

/// <summary>
/// A fake Telegram Bot API on loopback that enforces Telegram's flood limits on arrival time: a request "arrives"
/// after a simulated uplink delay (latency ± jitter), is counted there against 30 messages a second for the bot and 1 a
/// second per chat, and is refused with 429 when over. <see cref="Fault"/> lets a chaos harness inject failures.
/// </summary>
internal sealed class FakeTelegram : IAsyncDisposable
{
    public const string Token = "424242:LOAD-test_token";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JsonObject> _updates = new();
    private readonly List<TimeSpan> _window = [];
    private readonly Dictionary<long, TimeSpan> _chatLast = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly byte[] _file = WordPackage(new byte[50 * 1024]);
    private long _nextUpdateId = 1;
    private long _delivered;
    private long _messageIds = 1000;

    private FakeTelegram(WebApplication app) => _app = app;

    public TimeSpan Latency { get; set; } = TimeSpan.FromMilliseconds(20);

    public TimeSpan Jitter { get; set; } = TimeSpan.FromMilliseconds(10);

    public int PerSecond { get; set; } = 30;

    public int PerChatPerSecond { get; set; } = 1;

    /// <summary>For a chaos harness: return a status code to fail this call with, or null to handle it.</summary>
    public Func<string, int?>? Fault { get; set; }

    public ConcurrentQueue<Arrival> Arrivals { get; } = new();

    public TimeSpan? FirstGetUpdates { get; private set; }

    /// <summary>When each update left in a getUpdates answer: a turn is timed from there, not from the fake's poll pause.</summary>
    public ConcurrentDictionary<long, TimeSpan> HandedOut { get; } = new();

    public string BaseUrl => _app.Urls.First();

    public TimeSpan Now => _clock.Elapsed;

    /// <summary>The wall clock when <see cref="Now"/> was zero: lines the fake's times up with the bot's logged ones.</summary>
    public DateTimeOffset StartedAt { get; } = TimeProvider.System.GetUtcNow();

    public static async Task<FakeTelegram> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeTelegram(app);
        app.MapPost("/bot{token}/{method}", (Func<HttpContext, string, Task>)fake.HandleAsync);
        app.MapGet("/file/bot{token}/{**path}", (HttpContext http) => http.Response.Body.WriteAsync(fake._file).AsTask());
        await app.StartAsync();
        return fake;
    }

    public void ResetClockMarks()
    {
        FirstGetUpdates = null;
        Arrivals.Clear();
    }

    public long Enqueue(JsonObject update)
    {
        var id = Interlocked.Increment(ref _nextUpdateId);
        update["update_id"] = id;
        _updates.Enqueue(update);
        return id;
    }

    public long Delivered => Interlocked.Read(ref _delivered);

    private async Task HandleAsync(HttpContext http, string method)
    {
        JsonObject body;
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync();
            body = new JsonObject { ["chat_id"] = long.TryParse(form["chat_id"], out var id) ? id : 0 };
        }
        else
        {
            // A call without parameters (getMe) may come with no body at all.
            using var read = new MemoryStream();
            await http.Request.Body.CopyToAsync(read);
            body = read.Length == 0 ? [] : JsonNode.Parse(read.ToArray()) as JsonObject ?? [];
        }

        if (Fault?.Invoke(method) is { } status)
        {
            http.Response.StatusCode = status;
            await http.Response.WriteAsJsonAsync(new { ok = false, error_code = status, description = "injected" });
            return;
        }

        switch (method)
        {
            case "getUpdates":
                FirstGetUpdates ??= Now;
                await GetUpdatesAsync(http, body);
                return;
            case "sendMessage" or "sendDocument":
                await SendAsync(http, method, body);
                return;
            case "getMe":
                await OkAsync(http, new JsonObject { ["id"] = 424242, ["is_bot"] = true, ["first_name"] = "Load", ["username"] = "LoadBot" });
                return;
            case "getFile":
                await Task.Delay(Delay());
                await OkAsync(http, new JsonObject { ["file_id"] = "f", ["file_size"] = _file.Length, ["file_path"] = "docs/f.docx" });
                return;
            default:
                await OkAsync(http, true);
                return;
        }
    }

    private async Task GetUpdatesAsync(HttpContext http, JsonObject body)
    {
        var offset = body["offset"]?.GetValue<long>() ?? 0;
        while (_updates.TryPeek(out var head) && head["update_id"]!.GetValue<long>() < offset)
        {
            _updates.TryDequeue(out _);
        }

        var batch = _updates.Take(100).Where(u => u["update_id"]!.GetValue<long>() >= offset).Select(u => (JsonNode)u.DeepClone()).ToArray();
        if (batch.Length == 0)
        {
            await Task.Delay(200);
        }

        foreach (var update in batch)
        {
            HandedOut.TryAdd(update["update_id"]!.GetValue<long>(), Now);
        }

        await OkAsync(http, new JsonArray(batch));
    }

    private async Task SendAsync(HttpContext http, string method, JsonObject body)
    {
        var received = Now;
        await Task.Delay(Delay());
        var chat = body["chat_id"]?.GetValue<long>() ?? 0;
        var text = body["text"]?.GetValue<string>() ?? string.Empty;
        bool refused;
        lock (_window)
        {
            var now = Now;
            _window.RemoveAll(t => t <= now - TimeSpan.FromSeconds(1));
            var chatBusy = _chatLast.TryGetValue(chat, out var last) && now - last < TimeSpan.FromSeconds(1) / PerChatPerSecond;
            refused = _window.Count >= PerSecond || chatBusy;
            if (!refused)
            {
                _window.Add(now);
                _chatLast[chat] = now;
            }

            Arrivals.Enqueue(new Arrival(method, chat, text, now, refused, received));
        }

        await Task.Delay(Delay());
        if (refused)
        {
            http.Response.StatusCode = 429;
            await http.Response.WriteAsJsonAsync(new { ok = false, error_code = 429, description = "Too Many Requests: retry after 1", parameters = new { retry_after = 1 } });
            return;
        }

        Interlocked.Increment(ref _delivered);
        await OkAsync(http, new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _messageIds),
            ["date"] = 1_800_000_000,
            ["chat"] = new JsonObject { ["id"] = chat, ["type"] = chat < 0 ? "supergroup" : "private" },
            ["text"] = text,
        });
    }

    private TimeSpan Delay() => Latency / 2 + (Jitter / 2) * (Random.Shared.NextDouble() * 2 - 1);

    private static Task OkAsync(HttpContext http, JsonNode result) =>
        http.Response.WriteAsync(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString(), http.RequestAborted);

    /// <summary>A .docx-shaped file (a zip listing [Content_Types].xml): the bot refuses a ".docx" whose bytes are no Word package.</summary>
    private static byte[] WordPackage(byte[] payload)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = zip.CreateEntry("[Content_Types].xml").Open())
            {
                types.Write("<Types/>"u8);
            }

            using var body = zip.CreateEntry("word/document.bin", CompressionLevel.NoCompression).Open();
            body.Write(payload);
        }

        return buffer.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
