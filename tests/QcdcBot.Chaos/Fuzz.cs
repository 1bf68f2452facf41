using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using QcdcBot.Tests.Reliability;
using QcdcBot.Tests.Telegram;

namespace QcdcBot.Chaos;

/// <summary>The fuzz corpus through polling and through the webhook: no crash, no write from a stranger, no busy loop.</summary>
internal static class Fuzz
{
    private const string Secret = "chaos-webhook-secret";

    public static async Task<Row> PollingAsync(ChaosOptions o)
    {
        await using var arena = await Arena.CreateAsync();
        await arena.SeedAsync(5);
        var before = await WritesAsync(arena);
        var bot = arena.Start();
        foreach (var update in FuzzCorpus.Create(o.Fuzz, o.Seed))
        {
            arena.Api.Enqueue(update);
        }

        var drained = await Arena.WaitAsync(() => arena.Api.QueuedUpdates() == 0, TimeSpan.FromMinutes(3));
        await Task.Delay(3000);
        var polls = arena.Api.CallsTo("getUpdates").Select(c => c.At).ToList();
        var fastest = polls.Count < 2 ? 0 : Enumerable.Range(0, polls.Count).Max(i => polls.Count(t => t >= polls[i] && t < polls[i] + TimeSpan.FromSeconds(1)));
        return new Row(
            $"fuzz corpus by polling ({o.Fuzz} updates)",
            1,
            drained ? "0 stuck" : $"{arena.Api.QueuedUpdates()} never taken",
            "-",
            arena.OverLimit().ToString(CultureInfo.InvariantCulture),
            bot.HasExited ? (await bot.ExitCodeAsync(TimeSpan.FromSeconds(1))).ToString(CultureInfo.InvariantCulture) : "running",
            $"wrong writes {await WritesAsync(arena) - before}; at most {fastest} getUpdates calls in one second");
    }

    public static async Task<Row> WebhookAsync(ChaosOptions o)
    {
        await using var arena = await Arena.CreateAsync();
        await arena.SeedAsync(5);
        var before = await WritesAsync(arena);
        var port = FreePort();
        var bot = arena.Start(new Dictionary<string, string>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookSecret"] = Secret,
            ["Web:Listen"] = $"http://127.0.0.1:{port}",
        });
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        await Arena.WaitAsync(() => Up(http), TimeSpan.FromSeconds(60));
        var statuses = new Dictionary<int, int>();
        var failures = 0;
        foreach (var update in FuzzCorpus.Create(o.Fuzz, o.Seed + 1))
        {
            update["update_id"] ??= Random.Shared.NextInt64(1, long.MaxValue);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook")
            {
                Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
            try
            {
                using var response = await http.SendAsync(request);
                statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
            }
            catch (HttpRequestException)
            {
                failures++;
            }
        }

        await Task.Delay(5000);
        return new Row(
            $"fuzz corpus by webhook ({o.Fuzz} updates)",
            1,
            failures == 0 ? "0 refused connections" : $"{failures} requests failed",
            "-",
            arena.OverLimit().ToString(CultureInfo.InvariantCulture),
            bot.HasExited ? (await bot.ExitCodeAsync(TimeSpan.FromSeconds(1))).ToString(CultureInfo.InvariantCulture) : "running",
            $"wrong writes {await WritesAsync(arena) - before}; answers {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
    }

    /// <summary>Rows only an admin or a bound secretary can cause; strangers must not add any.</summary>
    private static Task<long> WritesAsync(Arena arena) => arena.CountAsync(
        "SELECT (SELECT COUNT(*) FROM deadlines) + (SELECT COUNT(*) FROM submissions) + (SELECT COUNT(*) FROM status_notes) + (SELECT COUNT(*) FROM extension_requests) + (SELECT COUNT(*) FROM members WHERE unit_id IS NOT NULL)");

    private static bool Up(HttpClient http)
    {
        try
        {
            using var response = http.GetAsync("/healthz").GetAwaiter().GetResult();
            return true;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
