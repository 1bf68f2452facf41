using System.Globalization;
using QcdcBot.Chaos;

// The chaos harness: the real bot as a child process against the fake Bot API, attacked scenario by scenario.
// Not part of `dotnet test` (it takes minutes); run: dotnet run -c Release --project tests/QcdcBot.Chaos [-- --only a,b --kills N ...]
var o = ChaosOptions.Parse(args);
var random = new Random(o.Seed);
var scenarios = new (string Name, Func<Task<Row>> Run)[]
{
    ("fanout-aimed", () => FanoutKills.RunAsync(o, aimed: true, random)),
    ("fanout-random", () => FanoutKills.RunAsync(o, aimed: false, random)),
    ("inbound-aimed", () => InboundKills.RunAsync(o, aimed: true, random)),
    ("inbound-random", () => InboundKills.RunAsync(o, aimed: false, random)),
    ("faults", () => FaultMix.RunAsync(o, random)),
    ("outage", () => Outage.RunAsync(o)),
    ("fuzz-polling", () => Fuzz.PollingAsync(o)),
    ("fuzz-webhook", () => Fuzz.WebhookAsync(o)),
    ("full-disk", Disks.FullAsync),
    ("read-only", Disks.ReadOnlyAsync),
    ("held-lock", () => HeldLock.RunAsync(o)),
    ("two-polling", TwoInstances.PollingAsync),
    ("two-webhook", TwoInstances.WebhookAsync),
};

var rows = new List<Row>();
foreach (var (name, run) in scenarios.Where(s => o.Runs(s.Name)))
{
    await Console.Error.WriteLineAsync($"[chaos] {name}…");
    var watch = System.Diagnostics.Stopwatch.StartNew();
    try
    {
        rows.Add(await run());
    }
    catch (Exception e) when (e is not OutOfMemoryException)
    {
        rows.Add(new Row(name, 0, "-", "-", "-", "-", $"harness error: {e.GetType().Name}: {e.Message.Split('\n')[0]}"));
    }

    await Console.Error.WriteLineAsync($"[chaos] {name} done in {watch.Elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s");
}

Console.WriteLine($"QcdcBot chaos run: {Environment.ProcessorCount} cores, seed {o.Seed}, {o.Kills} kills per kill scenario, {o.Units} units per fan-out");
Console.WriteLine();
Console.WriteLine("| scenario | runs | lost | repeats | sends over limit | exit codes | notes |");
Console.WriteLine("|---|---:|---|---|---:|---|---|");
foreach (var r in rows)
{
    Console.WriteLine($"| {r.Scenario} | {r.Runs} | {r.Lost} | {r.Repeats} | {r.OverLimit} | {r.ExitCodes} | {r.Notes} |");
}

return rows.Any(r => r.Notes.StartsWith("harness error", StringComparison.Ordinal)) ? 1 : 0;
