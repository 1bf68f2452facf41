using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using QcdcBot.Load;

// The end-to-end load harness: the real bot (published as deployed: Release, self-contained, ReadyToRun) as a process against a fake Bot API on loopback that
// enforces Telegram's limits on arrival. Usage (from the repository root):
//   dotnet run -c Release --project tests/QcdcBot.Load -- [--runs 3] [--updates 5000] [--fanout 500] [--senders 300] [--bot <dir with QcdcBot.Bot.dll>]
//   dotnet run -c Release --project tests/QcdcBot.Load -- --scale [--runs 3] [--units 10000] [--deadlines 50] [--turns 3] [--first-after <s>] [--store <kept.db>] [--tonghop-only]
//     [--kinds mix,status,paper,viec,tinhhinh,document] [--admins 3] [--inbound-only]
//     [--variants "|DOTNET_gcServer=0"] (each inbound or scale run once per variant of the bot's environment, to compare settings)
// LOAD_TRACE=<folder> records a dotnet-trace of each inbound run there (dotnet-trace on the PATH); LOAD_SMAPS=<folder> keeps
// the idle bot's /proc/<pid>/smaps of each inbound run there; LOAD_FANOUT_TRACE=<folder> keeps, per fan-out run, the
// dispatcher's line per send (its slot, when it left, when the answer came) and the fake's per message (received, arrived).
var options = Args.Parse(args);
var root = Args.RepositoryRoot();
var work = Path.Combine(Path.GetTempPath(), "qcdcbot-load-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(work);
var botDll = options.Bot is { } given ? Path.Combine(given, "QcdcBot.Bot.dll") : await Build.PublishAsync(root, work);

await using var api = await FakeTelegram.StartAsync();
const long MainAdmin = 8_000_000;
var inviters = Enumerable.Range(1, options.Fanout).Select(i => 9_000_000L + i).ToList();
var admins = inviters.Prepend(MainAdmin).ToList();
Console.WriteLine($"QcdcBot load harness — {Environment.ProcessorCount} cores, {options.Runs} runs, fake API latency {api.Latency.TotalMilliseconds} ms ± {api.Jitter.TotalMilliseconds / 2} ms");
var results = new Dictionary<string, List<double>>();
void Add(string key, double value) => (results.TryGetValue(key, out var list) ? list : results[key] = []).Add(value);

// --scale: only the 10,000-unit rows (ScaleRows.cs); otherwise the inbound and fan-out rows below.
var inbound = !ScaleRows.Requested(args);
if (!inbound)
{
    await ScaleRows.RunAsync(args, botDll, api, work, options.Runs, options.Variants, Add);
}

Console.WriteLine(inbound ? "Building the store through the bot's own flows (units import, /giao, /madangky, /start)…" : string.Empty);
var template = inbound ? await Setup.BuildStoreAsync(botDll, work, api, admins, MainAdmin, inviters, options.Fanout) : string.Empty;

for (var run = 1; inbound && run <= options.Runs; run++)
{
    var db = string.Empty;
    foreach (var kind in options.Kinds)
    {
        for (var v = 0; v < options.Variants.Count; v++)
        {
            db = Path.Combine(work, $"run{run}-{kind}-{v}.db");
            File.Copy(template, db);
            BotProcess.Variant = options.Variants[v];
            await InboundAsync(run, kind + (options.Variants.Count > 1 ? $" [{options.Variants[v]}]" : string.Empty), db);
        }
    }

    BotProcess.Variant = null;

    if (options.SkipFanout)
    {
        Console.WriteLine($"run {run} done");
        continue;
    }

    // Fan-out, on a fresh copy of the store: after the inbound run most units have said they sent on paper and would
    // not be reminded (231 of 500). Anything the setup left in the outbox is set aside so only the fan-out is measured.
    db = Path.Combine(work, $"run{run}-fanout.db");
    File.Copy(template, db);
    await Store.SetAsideOutboxAsync(db);
    api.ResetClockMarks();
    // LOAD_FANOUT_TRACE=<folder>: the dispatcher's line per send (slot, left, answered) and the fake's per arrival, to line up.
    var trace = Environment.GetEnvironmentVariable("LOAD_FANOUT_TRACE");
    StreamWriter? botLog = null;
    if (trace is not null)
    {
        Directory.CreateDirectory(trace);
        botLog = new StreamWriter(Path.Combine(trace, $"fanout-bot-run{run}.log"));
        BotProcess.Log = botLog;
        BotProcess.Variant = "Logging__LogLevel__QcdcBot.Scheduling.Delivery.OutboxDispatcher=Debug;Logging__Console__FormatterName=simple;"
            + "Logging__Console__FormatterOptions__SingleLine=true;Logging__Console__FormatterOptions__UseUtcTimestamp=true;"
            + "Logging__Console__FormatterOptions__TimestampFormat=HH:mm:ss.fff ";
    }

    // As in the inbound runs, an office's few admins (not the 500 of the setup) and no scheduled sweep: a sweep firing
    // mid-run, or admin notices to 500 admins, would share the channel with the reminders being timed.
    using (var bot = BotProcess.Start(botDll, db, api, admins.Take(options.Admins), "--Reminders:SweepCron=0 0 0 1 1 ? 2099"))
    {
        while (api.FirstGetUpdates is null)
        {
            await Task.Delay(5);
        }

        api.Enqueue(Updates.Text(MainAdmin, "/nhacngay " + Setup.DeadlineTitle));
        var clock = Stopwatch.StartNew();
        // Units that said they sent on paper are not reminded: as many as the reply says ("Đã nhắc N đơn vị").
        var expected = options.Fanout;
        while (api.Arrivals.Count(a => !a.Refused && a.Text.StartsWith('⏰')) < expected && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(50);
            if (api.Arrivals.FirstOrDefault(a => a.ChatId == MainAdmin && a.Text.StartsWith("Đã nhắc ", StringComparison.Ordinal)) is { } reply)
            {
                expected = int.Parse(reply.Text.Split(' ')[2], CultureInfo.InvariantCulture);
            }
        }

        var reminders = api.Arrivals.Where(a => !a.Refused && a.Text.StartsWith('⏰')).Select(a => a.At).Order().ToList();
        if (reminders.Count < 2)
        {
            Console.WriteLine($"run {run}: only {reminders.Count} reminders arrived within 2 minutes");
            await bot.StopAsync();
            continue;
        }

        var rate = (reminders.Count - 1) / (reminders[^1] - reminders[0]).TotalSeconds;
        Add($"/nhacngay fan-out to {options.Fanout} chats (msg/s)", rate);
        Add("  … as % of Telegram's 30 msg/s", rate / 30 * 100);
        Add("  … reminders sent (units that said they sent on paper are not reminded)", reminders.Count);
        var others = api.Arrivals.Count(a => !a.Refused && !a.Text.StartsWith('⏰') && a.At >= reminders[0] && a.At <= reminders[^1]);
        Add("  … other messages among them (the channel shares its 30/s)", others);
        Add("  … HTTP 429 answers", api.Arrivals.Count(a => a.Refused));
        await bot.StopAsync();
    }

    if (trace is not null)
    {
        BotProcess.Log = null;
        BotProcess.Variant = null;
        await botLog!.DisposeAsync();
        string Utc(TimeSpan at) => (api.StartedAt + at).ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);
        await File.WriteAllLinesAsync(
            Path.Combine(trace, $"fanout-arrivals-run{run}.csv"),
            api.Arrivals.Select(a => $"{a.ChatId},{Utc(a.Received)},{Utc(a.At)},{(a.Refused ? 1 : 0)},{(a.Text.StartsWith('⏰') ? 1 : 0)}").Prepend("chat,received,arrived,refused,reminder"));
    }

    Console.WriteLine($"run {run} done");
}

// Inbound: preloaded updates, handled as fast as the bot can. "mix" is the mix; a single kind (--kinds)
// measures that kind's cost per turn alone.
async Task InboundAsync(int run, string kind, string db)
{
    var label = kind == "mix" ? string.Empty : $" — {kind}";
    api.ResetClockMarks();
    var rng = new Random(run);
    for (var i = 0; i < options.Updates; i++)
    {
        var sender = rng.Next(1, options.Senders + 1);
        var roll = kind.Split(' ')[0] switch
        {
            "status" => 0.0,
            "paper" => 0.5,
            "viec" => 0.7,
            "tinhhinh" => 0.85,
            "document" => 0.95,
            _ => rng.NextDouble(),
        };
        api.Enqueue(roll < 0.6 ? Updates.Text(sender, roll < 0.3 ? "đang làm" : "đã gửi bản giấy")
            : roll < 0.8 ? Updates.Text(sender, "/viec")
            : roll < 0.9 ? Updates.Text(sender, "/tinhhinh")
            : Updates.Document(sender, $"bao-cao-{i}.docx"));
    }

    var started = api.Now;
    using var bot = BotProcess.Start(botDll, db, api, admins.Take(options.Admins));
    while (api.FirstGetUpdates is null)
    {
        await Task.Delay(5);
    }

    Add("cold start to the first getUpdates (s)" + label, (api.FirstGetUpdates.Value - started).TotalSeconds);
    Add("  … CPU time until then (s)" + label, bot.CpuSeconds());
    using var trace = Tracing.Start(bot.Id, $"run{run}-{string.Concat(kind.Where(char.IsLetterOrDigit))}");
    var clock = Stopwatch.StartNew();
    var cpuBefore = bot.CpuSeconds();
    var peak = 0.0;
    while (await Store.HandledAsync(db) < options.Updates)
    {
        peak = Math.Max(peak, bot.RssMb());
        await Task.Delay(50);
        if (clock.Elapsed > TimeSpan.FromMinutes(5))
        {
            throw new TimeoutException("the inbound updates were not handled within 5 minutes");
        }
    }

    Add($"inbound updates handled per second ({options.Updates} preloaded){label}", options.Updates / clock.Elapsed.TotalSeconds);
    // CPU time is what the bot itself costs; wall time on a shared machine also counts everyone else's builds.
    Add("  … CPU time per 1,000 updates (s, user+sys of the bot)" + label, (bot.CpuSeconds() - cpuBefore) / options.Updates * 1000);
    Add("RSS during the inbound run (MB)" + label, peak);
    await Task.Delay(TimeSpan.FromSeconds(3));
    Add("RSS idle (MB)" + label, bot.RssMb());
    // LOAD_SMAPS=<folder>: the idle bot's memory map, to see what the resident memory is (runtime, code, heap, files).
    if (Environment.GetEnvironmentVariable("LOAD_SMAPS") is { Length: > 0 } smaps)
    {
        Directory.CreateDirectory(smaps);
        File.Copy($"/proc/{bot.Id}/smaps", Path.Combine(smaps, $"run{run}-{string.Concat(kind.Where(char.IsLetterOrDigit))}.smaps"), overwrite: true);
    }

    await bot.StopAsync();
}

Console.WriteLine();
Console.WriteLine($"| what (end to end, {Environment.ProcessorCount} cores, {options.Runs} runs) | min | median | max |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var (what, values) in results)
{
    var sorted = values.Order().ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {what} | {sorted[0]:0.##} | {sorted[sorted.Count / 2]:0.##} | {sorted[^1]:0.##} |"));
}

Directory.Delete(work, recursive: true);

namespace QcdcBot.Load
{
    internal sealed record Args(int Runs, int Updates, int Fanout, int Senders, string? Bot, IReadOnlyList<string> Kinds, int Admins, bool SkipFanout, IReadOnlyList<string> Variants)
    {
        public static Args Parse(string[] args)
        {
            string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
            int Int(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
            return new Args(Int("--runs", 3), Int("--updates", 5000), Int("--fanout", 500), Int("--senders", 300), Value("--bot"),
                (Value("--kinds") ?? "mix").Split(','), Int("--admins", 3), args.Contains("--inbound-only"),
                (Value("--variants") ?? string.Empty).Split('|'));
        }

        public static string RepositoryRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QcdcBot.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? Directory.GetCurrentDirectory();
        }
    }

    internal static class Build
    {
        /// <summary>
        /// The bot as the README's deployment section publishes it (Release, linux-x64, self-contained, ReadyToRun):
        /// the measured process is the one the office runs, with its precompiled code. Published clean: the three
        /// projects' linux-x64 intermediate folders are deleted first, because a ReadyToRun publish made incrementally
        /// over older ones once gave a bot that aborted at start (exit 134, no message).
        /// </summary>
        public static async Task<string> PublishAsync(string root, string work)
        {
            foreach (var project in new[] { "Bot", "Scheduling", "Storage" })
            {
                var intermediate = Path.Combine(root, "src", project, "obj", "Release", "net10.0", "linux-x64");
                if (Directory.Exists(intermediate))
                {
                    Directory.Delete(intermediate, recursive: true);
                }
            }

            var output = Path.Combine(work, "bot");
            using var publish = Process.Start("dotnet", ["publish", Path.Combine(root, "src", "Bot"), "-c", "Release", "-r", "linux-x64", "--self-contained", "-o", output, "-v", "quiet", "-nologo"]);
            await publish.WaitForExitAsync();
            if (publish.ExitCode != 0)
            {
                throw new InvalidOperationException("publishing the bot failed");
            }

            return Path.Combine(output, "QcdcBot.Bot.dll");
        }
    }

    internal static class Setup
    {
        public const string DeadlineTitle = "Báo cáo tải thử";

        public static async Task<string> BuildStoreAsync(string botDll, string work, FakeTelegram api, IReadOnlyList<long> admins, long mainAdmin, IReadOnlyList<long> inviters, int units)
        {
            var db = Path.Combine(work, "template.db");
            var csv = new StringBuilder("code,name,kind\n");
            for (var i = 1; i <= units; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"DV{i:0000},Chi bộ tải thử số {i},chi bộ\n");
            }

            var csvPath = Path.Combine(work, "units.csv");
            await File.WriteAllTextAsync(csvPath, csv.ToString());
            using (var import = BotProcess.Start(botDll, db, api, admins, "units", "import", csvPath, "--create"))
            {
                if (await import.WaitForExitAsync(TimeSpan.FromMinutes(2)) != 0)
                {
                    throw new InvalidOperationException("units import failed");
                }
            }

            using var bot = BotProcess.Start(botDll, db, api, admins);
            api.Enqueue(Updates.Text(mainAdmin, $"/giao {DeadlineTitle} trước 20/12"));
            await WaitForAsync(api, a => a.ChatId == mainAdmin && a.Text.Contains("Đã giao việc", StringComparison.Ordinal), 1);
            if (api.Arrivals.Any(a => a.ChatId == mainAdmin && a.Text.Contains("là ngày nghỉ", StringComparison.Ordinal)))
            {
                // A due date on a day off is asked about, and the new deadline's notice to every unit waits for the
                // answer: left open, the measured /nhacngay turn would close it and send 500 notices beside the reminders.
                var answered = api.Arrivals.Count(a => !a.Refused && a.ChatId == mainAdmin);
                api.Enqueue(Updates.Text(mainAdmin, "2"));
                await WaitForAsync(api, a => a.ChatId == mainAdmin, answered + 1);
            }
            for (var i = 0; i < inviters.Count; i++)
            {
                api.Enqueue(Updates.Text(inviters[i], $"/madangky DV{i + 1:0000}"));
            }

            await WaitForAsync(api, a => a.ChatId >= 9_000_000 && a.Text.Contains("start=", StringComparison.Ordinal), inviters.Count);
            var codes = api.Arrivals.Where(a => !a.Refused && a.ChatId >= 9_000_000 && a.Text.Contains("start=", StringComparison.Ordinal))
                .Select(a => Regex.Match(a.Text, "start=([A-Za-z0-9]+)").Groups[1].Value).Distinct().ToList();
            for (var i = 0; i < codes.Count; i++)
            {
                api.Enqueue(Updates.Text(i + 1, "/start " + codes[i]));
            }

            await WaitForAsync(api, a => a.ChatId <= units && a.Text.Contains("thành công", StringComparison.Ordinal), codes.Count);
            await bot.StopAsync();
            SqliteConnection.ClearAllPools();
            return db;
        }

        private static async Task WaitForAsync(FakeTelegram api, Func<Arrival, bool> match, int count)
        {
            var clock = Stopwatch.StartNew();
            while (api.Arrivals.Count(a => !a.Refused && match(a)) < count)
            {
                if (clock.Elapsed > TimeSpan.FromMinutes(3))
                {
                    var last = api.Arrivals.Where(a => !a.Refused).TakeLast(3).Select(a => $"{a.ChatId}: {a.Text}");
                    throw new TimeoutException($"setup: only {api.Arrivals.Count(a => !a.Refused && match(a))} of {count} answers came; the last ones:\n" + string.Join("\n", last));
                }

                await Task.Delay(100);
            }
        }
    }

    internal static class Store
    {
        /// <summary>Inbound events handled: the neutral inbox, or the Telegram-only table of older versions.</summary>
        public static async Task<long> HandledAsync(string db)
        {
            await using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'inbox'";
            var neutral = (long)(await command.ExecuteScalarAsync())! > 0;
            command.CommandText = neutral
                ? "SELECT COUNT(*) FROM inbox WHERE state <> 'pending'"
                : "SELECT COUNT(*) FROM telegram_updates WHERE state <> 'pending' AND state <> 'started'";
            return (long)(await command.ExecuteScalarAsync())!;
        }

        public static async Task SetAsideOutboxAsync(string db)
        {
            await using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE outbox SET state = 'sent' WHERE state = 'pending'";
            await command.ExecuteNonQueryAsync();
        }
    }
}
