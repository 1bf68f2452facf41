using System.Diagnostics;
using System.Globalization;
using QcdcBot.Tests.Telegram;

namespace QcdcBot.Chaos;

/// <summary>
/// 20% of Bot API calls fail: 500, 429, connection resets, 10 s hangs, drops after Telegram accepted the message,
/// answers after the client's timeout. A /nhacngay fan-out must still reach every unit, each at most once more
/// than needed for each ambiguous failure, within Telegram's limits.
/// </summary>
internal static class FaultMix
{
    private const string Reminder = "⏰ Nhắc việc";

    public static async Task<Row> RunAsync(ChaosOptions o, Random random)
    {
        await using var arena = await Arena.CreateAsync();
        var deadline = await arena.SeedAsync(o.Units);
        var ambiguous = 0;
        arena.Api.FaultMix = method =>
        {
            if (method is not ("sendMessage" or "getUpdates") || random.NextDouble() >= 0.2)
            {
                return null;
            }

            var pick = random.Next(6);
            if (method == "sendMessage" && pick is 3 or 4)
            {
                Interlocked.Increment(ref ambiguous);
            }

            return pick switch
            {
                0 => new Fault.ServerError(),
                1 => new Fault.TooManyRequests(1),
                2 => new Fault.Drop(),
                3 => new Fault.DropAfterAccept(),
                4 => new Fault.Late(TimeSpan.FromSeconds(6)),
                _ => Hang(TimeSpan.FromSeconds(10)),
            };
        };
        var bot = arena.Start();
        arena.Api.Enqueue(Updates.Text(Arena.Admin, $"/nhacngay #{deadline}"));
        var clock = Stopwatch.StartNew();
        var done = await Arena.WaitAsync(() => arena.Accepted(Reminder).Count >= o.Units, TimeSpan.FromMinutes(5));
        var took = clock.Elapsed;
        await Task.Delay(3000);
        var got = arena.Accepted(Reminder);
        var attempts = arena.Api.CallsTo("sendMessage").Count + arena.Api.HangingCalls.Count;
        var repeats = got.Values.Sum(n => n - 1);
        return new Row(
            "20% faults (500, 429, reset, hang, drop after accept, late answer)",
            1,
            $"{o.Units - got.Count} of {o.Units}",
            $"{repeats} ({ambiguous} ambiguous failures)",
            arena.OverLimit().ToString(CultureInfo.InvariantCulture),
            bot.HasExited ? "exited" : "running",
            $"{(done ? "all delivered" : "NOT all delivered")} in {took.TotalSeconds:0.0} s; {(double)attempts / Math.Max(1, o.Units + 1):0.00} send attempts per message");
    }

    private static Fault.Hang Hang(TimeSpan length)
    {
        var release = new TaskCompletionSource();
        _ = Task.Delay(length).ContinueWith(_ => release.TrySetResult(), TaskScheduler.Default);
        return new Fault.Hang(release);
    }
}
