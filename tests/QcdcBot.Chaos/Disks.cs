using System.Diagnostics;
using System.Globalization;
using QcdcBot.Tests.Telegram;

namespace QcdcBot.Chaos;

/// <summary>The store's disk fills up, or turns read-only, under the running bot (or before it starts).</summary>
internal static class Disks
{
    private const int Secretaries = 20;

    public static async Task<Row> FullAsync()
    {
        using var disk = Tmpfs.TryMount("6m");
        if (disk is null)
        {
            return NotHere("full disk (tmpfs)");
        }

        await using var arena = await Arena.CreateAsync(disk.Path);
        await arena.SeedAsync(Secretaries);
        var bot = arena.Start(new Dictionary<string, string> { ["Storage:AlertAfter"] = "00:00:02" });
        arena.Api.Enqueue(Updates.Text(Arena.Admin, "/trogiup"));
        await Arena.WaitAsync(() => arena.Api.MessagesTo(Arena.Admin).Count > 0, TimeSpan.FromSeconds(60));
        var filler = disk.Fill();
        for (var unit = 1; unit <= Secretaries; unit++)
        {
            arena.Api.Enqueue(Updates.Text(Arena.Secretary(unit), $"đã gửi qua iOffice số {unit}-BC/ĐU"));
        }

        await Task.Delay(TimeSpan.FromSeconds(20));
        var whileFull = Replies(arena);
        var alerts = arena.Api.MessagesTo(Arena.Admin).Count(m => m.Contains("không ghi được dữ liệu", StringComparison.Ordinal));
        var aliveWhileFull = !bot.HasExited;
        File.Delete(filler);
        var clock = Stopwatch.StartNew();
        await Arena.WaitAsync(() => Replies(arena).Count >= Secretaries, TimeSpan.FromSeconds(120));
        var recovered = clock.Elapsed;
        await Task.Delay(2000);
        var replies = Replies(arena);
        var applied = await arena.CountAsync("SELECT COUNT(DISTINCT unit_id) FROM status_notes");
        return new Row(
            "full disk (tmpfs) while messages arrive",
            1,
            $"{Secretaries - applied} of {Secretaries}",
            replies.Values.Sum(n => n - 1).ToString(CultureInfo.InvariantCulture),
            arena.OverLimit().ToString(CultureInfo.InvariantCulture),
            bot.HasExited ? (await bot.ExitCodeAsync(TimeSpan.FromSeconds(1))).ToString(CultureInfo.InvariantCulture) : "running",
            $"alive while full: {aliveWhileFull}; {whileFull.Count} answered while full; admins told {alerts}×; all answered {recovered.TotalSeconds:0.0} s after space came back");
    }

    public static async Task<Row> ReadOnlyAsync()
    {
        var codes = new List<string>();
        var lines = new List<string>();
        foreach (var atStart in new[] { true, false })
        {
            using var disk = Tmpfs.TryMount("8m");
            if (disk is null)
            {
                return NotHere("read-only store");
            }

            await using var arena = await Arena.CreateAsync(disk.Path);
            await arena.SeedAsync(5);
            if (atStart)
            {
                disk.ReadOnly(true);
            }

            var bot = arena.Start();
            if (!atStart)
            {
                await Task.Delay(3000);
                if (!disk.ReadOnly(true))
                {
                    // Linux refuses to remount read-only a file system with files open for writing (EBUSY), and a
                    // running bot always holds its store and lock file open: this case cannot happen to it live.
                    codes.Add("remount refused: busy");
                    continue;
                }

                arena.Api.Enqueue(Updates.Text(Arena.Secretary(1), "đang làm"));
            }

            try
            {
                codes.Add((await bot.ExitCodeAsync(TimeSpan.FromSeconds(90))).ToString(CultureInfo.InvariantCulture));
                lines.Add(bot.Output.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith("QcdcBot stops", StringComparison.Ordinal)) ?? "no critical line");
            }
            catch (TimeoutException)
            {
                codes.Add("still running");
            }

            disk.ReadOnly(false);
        }

        return new Row("read-only store (at start; while running)", 2, "-", "-", "-", string.Join(" / ", codes), lines.FirstOrDefault() ?? string.Empty);
    }

    private static Dictionary<long, int> Replies(Arena arena) => arena.Api.CallsTo("sendMessage")
        .Where(c => c.Result is not null && c.Body["chat_id"]!.GetValue<long>() > 100000)
        .GroupBy(c => c.Body["chat_id"]!.GetValue<long>())
        .ToDictionary(g => g.Key, g => g.Count());

    private static Row NotHere(string scenario) => new(scenario, 0, "-", "-", "-", "-", "not run: mounting a tmpfs is not allowed here (run as root)");
}
