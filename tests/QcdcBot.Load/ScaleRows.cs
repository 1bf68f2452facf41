using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using QcdcBot.Scale;

namespace QcdcBot.Load;

/// <summary>
/// The scale rows (<c>--scale</c>): a generated store of 10,000 units × 50 deadlines, then per run the real bot
/// answering <c>/tonghop</c> (from the update leaving the fake API to the reply arriving there) and the whole
/// <c>export</c> command as a fresh process (wall time, CPU time and peak RSS from GNU time). CPU time is reported
/// beside wall time because the machine is shared: wall time alone says more about the neighbours than about us.
/// </summary>
internal static class ScaleRows
{
    private const long Admin = 8_000_000;

    // The reminder sweep never fires during a measurement (a year nobody will reach), so only /tonghop is timed.
    private const string NoSweep = "--Reminders:SweepCron=0 0 0 1 1 ? 2099";

    public static bool Requested(string[] args) => args.Contains("--scale");

    public static async Task RunAsync(string[] args, string botDll, FakeTelegram api, string work, int runs, IReadOnlyList<string> variants, Action<string, double> add)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var units = Value("--units") is { } u ? int.Parse(u, CultureInfo.InvariantCulture) : 10_000;
        var deadlines = Value("--deadlines") is { } d ? int.Parse(d, CultureInfo.InvariantCulture) : 50;
        var turns = Value("--turns") is { } t ? int.Parse(t, CultureInfo.InvariantCulture) : 3;
        // --first-after <s>: the first /tonghop that long after the first getUpdates (default 0: at once, the worst
        // case); a bot started by its service manager meets its first user later, with its start-up warm-up done.
        var firstAfter = Value("--first-after") is { } f ? TimeSpan.FromSeconds(double.Parse(f, CultureInfo.InvariantCulture)) : TimeSpan.Zero;
        var shape = $"{units:N0} × {deadlines}";
        var exports = !args.Contains("--tonghop-only");

        Console.WriteLine($"Load average at the start: {File.ReadAllText("/proc/loadavg").Trim()}");
        // --store <file>: a generated store kept across invocations (made there when missing), so measuring a change
        // does not cost the 15–30 s of generating it again. The runs work on copies; the file itself is never changed.
        var kept = Value("--store");
        var template = kept ?? Path.Combine(work, "scale.db");
        if (kept is null || !File.Exists(kept))
        {
            var clock = Stopwatch.StartNew();
            var mix = await ScaleDataset.CreateAsync(template, units, deadlines, TimeProvider.System.GetUtcNow());
            Console.WriteLine($"Generated {shape} in {clock.Elapsed.TotalSeconds:0.0} s ({new FileInfo(template).Length / 1024.0 / 1024:0} MB): {mix}");
        }
        else
        {
            shape = $"{await ScalarAsync(template, "SELECT COUNT(*) FROM units"):N0} × {await ScalarAsync(template, "SELECT COUNT(*) FROM deadlines")}";
            Console.WriteLine($"Using the store {kept} ({shape}), generated earlier");
        }

        for (var run = 1; run <= runs; run++)
        {
            var db = Path.Combine(work, $"scale-run{run}.db");
            // --variants: the same build under other runtime settings, run for run (each on a fresh copy of the store).
            foreach (var variant in variants)
            {
                BotProcess.Variant = variant;
                var label = variants.Count > 1 ? $" [{variant}]" : string.Empty;
                File.Copy(template, db, overwrite: true);
                await TonghopAsync(botDll, db, api, turns, firstAfter, shape + label, add);
                if (exports)
                {
                    await ExportAsync(botDll, db, work, shape + label, add);
                }

                SqliteConnection.ClearAllPools();
                File.Delete(db);
            }

            BotProcess.Variant = null;
            Console.WriteLine($"scale run {run} done; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        }
    }

    /// <summary><paramref name="turns"/> turns of /tonghop in one bot process; each turn is one sample.</summary>
    private static async Task TonghopAsync(string botDll, string db, FakeTelegram api, int turns, TimeSpan firstAfter, string shape, Action<string, double> add)
    {
        api.ResetClockMarks();
        using var bot = BotProcess.Start(botDll, db, api, [Admin], NoSweep);
        while (api.FirstGetUpdates is null)
        {
            await Task.Delay(5);
        }

        await Task.Delay(firstAfter);
        for (var turn = 0; turn < turns; turn++)
        {
            var before = api.Arrivals.Count(a => a.ChatId == Admin && !a.Refused);
            var parts = await ScalarAsync(db, $"SELECT COUNT(*) FROM outbox WHERE chat_id = '{Admin}'");
            var cpu = bot.CpuSeconds();
            var id = api.Enqueue(Updates.Text(Admin, "/tonghop"));
            var clock = Stopwatch.StartNew();
            while (api.Arrivals.Count(a => a.ChatId == Admin && !a.Refused) <= before)
            {
                await Task.Delay(20);
                if (clock.Elapsed > TimeSpan.FromMinutes(3))
                {
                    throw new TimeoutException("no reply to /tonghop within 3 minutes");
                }
            }

            var first = api.Arrivals.Where(a => a.ChatId == Admin && !a.Refused).Skip(before).First();
            var cpuTurn = bot.CpuSeconds() - cpu;
            // The whole reply's size from the store (a reply of thousands of parts would take an hour to arrive at 1 a second).
            await Task.Delay(TimeSpan.FromSeconds(1));
            var characters = await ScalarAsync(db, "SELECT length(text) FROM digests ORDER BY id DESC LIMIT 1");
            parts = await ScalarAsync(db, $"SELECT COUNT(*) FROM outbox WHERE chat_id = '{Admin}'") - parts;
            var handedOut = api.HandedOut.TryGetValue(id, out var at) ? at : first.At;
            // Each turn on its own line too: the first after a start is the one that used to be slow.
            Console.WriteLine($"  /tonghop turn {turn + 1}: {(first.At - handedOut).TotalSeconds:0.00} s, {cpuTurn:0.00} s of bot CPU");
            add($"/tonghop at {shape}: update to reply (s)", (first.At - handedOut).TotalSeconds);
            add($"  … CPU time of the bot for the turn (s){Label(shape)}", cpuTurn);
            // The first turn after a start on its own row: it is the one that compiles the path.
            if (turn == 0)
            {
                add($"  … CPU time of the bot for the first turn after a start (s){Label(shape)}", cpuTurn);
            }

            add($"  … reply (characters){Label(shape)}", characters);
            add($"  … reply (messages){Label(shape)}", parts);
            await Store.SetAsideOutboxAsync(db);
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        await bot.StopAsync();
    }

    /// <summary>The variant's label (" [NAME=value]") of a shape, so the rows of each variant stay apart.</summary>
    private static string Label(string shape) => shape.IndexOf(" [", StringComparison.Ordinal) is var i and >= 0 ? shape[i..] : string.Empty;

    private static async Task<long> ScalarAsync(string db, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The whole command, process start included, under GNU time for its CPU time and peak RSS.</summary>
    private static async Task ExportAsync(string botDll, string db, string work, string shape, Action<string, double> add)
    {
        var output = Path.Combine(work, "export.xlsx");
        var measured = Path.Combine(work, "export.time");
        var info = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var bot = BotProcess.Launch(botDll);
        foreach (var arg in new[] { "-o", measured, "-f", "%e %U %S %M", bot.FileName }.Concat(bot.ArgumentList).Concat(["export", "--out", output]))
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        BotProcess.ApplyVariant(info);
        info.Environment["Storage__Path"] = db;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        using var export = Process.Start(info) ?? throw new InvalidOperationException("GNU time (/usr/bin/time) is needed for the export row");
        var said = export.StandardOutput.ReadToEndAsync();
        var errors = export.StandardError.ReadToEndAsync();
        await export.WaitForExitAsync();
        if (export.ExitCode != 0)
        {
            throw new InvalidOperationException($"export failed ({export.ExitCode}): {await said}{await errors}");
        }

        var figures = (await File.ReadAllTextAsync(measured)).Trim().Split(' ').Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        add($"export at {shape}, whole command: wall (s)", figures[0]);
        add($"  … CPU time, user + sys (s){Label(shape)}", figures[1] + figures[2]);
        add($"  … peak RSS (MB){Label(shape)}", figures[3] / 1024);
        add($"  … workbook (MB){Label(shape)}", new FileInfo(output).Length / 1024.0 / 1024);
        File.Delete(output);
    }
}
