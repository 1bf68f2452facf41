using System.Diagnostics;
using QcdcBot.Tests.Telegram;

namespace QcdcBot.Chaos;

/// <summary>
/// SIGKILL during an admin's /nhacngay fan-out, then a restart: does every unit get its reminder, and only once?
/// "Aimed" kills land inside the fan-out (a delay drawn within the fan-out's measured length after the command is
/// stored); "random" ones anywhere in the first seconds after the bot starts.
/// </summary>
internal static class FanoutKills
{
    private const string Reminder = "⏰ Nhắc việc";

    public static async Task<Row> RunAsync(ChaosOptions o, bool aimed, Random random)
    {
        var length = aimed ? await MeasureAsync(o) : TimeSpan.Zero;
        int lost = 0, repeats = 0, maxRepeats = 0, told = 0, rolledBack = 0;
        var codes = new List<int>();
        for (var trial = 0; trial < o.Kills; trial++)
        {
            await using var arena = await Arena.CreateAsync();
            var deadline = await arena.SeedAsync(o.Units);
            arena.Api.Enqueue(Updates.Text(Arena.Admin, $"/nhacngay #{deadline}"));
            // No dispatch before the kill (only the command's own reply would wake it): what the restart sends is what counts.
            var first = arena.Start(new Dictionary<string, string> { ["Dispatch:PollInterval"] = "01:00:00" });
            if (aimed)
            {
                // Aimed at the write: the command claimed by the inbox, its fan-out under way.
                await WaitClaimedAsync(arena);
                await Task.Delay(length * (0.05 + (0.8 * random.NextDouble())));
            }
            else
            {
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(500, 4000)));
            }

            first.Kill();
            var atKill = await arena.CountAsync("SELECT COUNT(*) FROM reminder_ledger WHERE slot LIKE 'manual-%'");
            rolledBack += atKill == 0 ? 1 : 0;
            var second = arena.Start();
            await Arena.WaitAsync(() => arena.Accepted(Reminder).Count >= o.Units, TimeSpan.FromSeconds(120));
            await Task.Delay(1500);
            var got = arena.Accepted(Reminder);
            lost += o.Units - got.Count;
            var extra = got.Values.Sum(n => n - 1);
            repeats += extra;
            maxRepeats = Math.Max(maxRepeats, extra);
            told += arena.Api.MessagesTo(Arena.Admin).Any(m => m.Contains("gián đoạn", StringComparison.Ordinal)) ? 1 : 0;
            codes.Add(second.HasExited ? await second.ExitCodeAsync(TimeSpan.FromSeconds(1)) : -1);
        }

        var alive = codes.Count(c => c == -1);
        return new Row(
            aimed ? "SIGKILL mid /nhacngay fan-out (aimed)" : "SIGKILL during /nhacngay (random)",
            o.Kills,
            $"{lost} of {o.Kills * o.Units}",
            $"{repeats} (max {maxRepeats}/kill)",
            "-",
            alive == codes.Count ? "restarted bot running" : string.Join(' ', codes),
            $"{o.Units} units; admin told of the interruption {told}/{o.Kills}; kills before the fan-out committed {rolledBack}/{o.Kills}" +
            (aimed ? $"; fan-out ≈ {length.TotalMilliseconds:0} ms" : string.Empty));
    }

    private static async Task WaitClaimedAsync(Arena arena)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                if (await arena.CountAsync("SELECT COUNT(*) FROM inbox WHERE attempts > 0") > 0)
                {
                    return;
                }
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                // Not migrated yet.
            }

            await Task.Delay(2);
        }
    }

    /// <summary>How long the fan-out takes, from the command being claimed to the admin's answer.</summary>
    private static async Task<TimeSpan> MeasureAsync(ChaosOptions o)
    {
        await using var arena = await Arena.CreateAsync();
        var deadline = await arena.SeedAsync(o.Units);
        arena.Start(new Dictionary<string, string> { ["Dispatch:PollInterval"] = "01:00:00" });
        await Task.Delay(3000);
        arena.Api.Enqueue(Updates.Text(Arena.Admin, $"/nhacngay #{deadline}"));
        var clock = Stopwatch.StartNew();
        await WaitClaimedAsync(arena);
        var stored = clock.Elapsed;
        await Arena.WaitAsync(() => arena.Api.MessagesTo(Arena.Admin).Any(m => m.StartsWith("Đã nhắc", StringComparison.Ordinal)), TimeSpan.FromSeconds(60));
        return clock.Elapsed - stored;
    }
}
