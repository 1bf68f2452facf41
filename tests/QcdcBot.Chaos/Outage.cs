using System.Diagnostics;
using System.Globalization;
using QcdcBot.Tests.Telegram;

namespace QcdcBot.Chaos;

/// <summary>
/// sendMessage is unreachable (every call answered 502) for the whole outage; a fan-out is queued at its start.
/// Nothing may be abandoned: once the platform is back, every message goes out, once.
/// </summary>
internal static class Outage
{
    private const string Reminder = "⏰ Nhắc việc";
    private const int Units = 20;

    public static async Task<Row> RunAsync(ChaosOptions o)
    {
        await using var arena = await Arena.CreateAsync();
        var deadline = await arena.SeedAsync(Units);
        var down = true;
        arena.Api.FaultMix = method => down && method == "sendMessage" ? new Fault.ServerError() : null;
        var bot = arena.Start();
        arena.Api.Enqueue(Updates.Text(Arena.Admin, $"/nhacngay #{deadline}"));
        await Task.Delay(o.Outage);
        down = false;
        var clock = Stopwatch.StartNew();
        var done = await Arena.WaitAsync(() => arena.Accepted(Reminder).Count >= Units, TimeSpan.FromMinutes(35));
        var after = clock.Elapsed;
        await Task.Delay(2000);
        var got = arena.Accepted(Reminder);
        var failed = await arena.CountAsync("SELECT COUNT(*) FROM outbox WHERE state = 'failed'");
        return new Row(
            $"sendMessage outage of {o.Outage:g}",
            1,
            $"{Units - got.Count} of {Units}",
            got.Values.Sum(n => n - 1).ToString(CultureInfo.InvariantCulture),
            arena.OverLimit().ToString(CultureInfo.InvariantCulture),
            bot.HasExited ? "exited" : "running",
            $"{(done ? "all delivered" : "not all delivered")} {after.TotalSeconds:0} s after recovery; {failed} outbox rows marked failed");
    }
}
