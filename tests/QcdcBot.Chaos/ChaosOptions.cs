using System.Globalization;

namespace QcdcBot.Chaos;

/// <summary>Command-line knobs: <c>--only a,b</c>, <c>--kills N</c>, <c>--units N</c>, <c>--outage hh:mm:ss</c>, <c>--fuzz N</c>, <c>--lock hh:mm:ss</c>.</summary>
internal sealed record ChaosOptions(IReadOnlySet<string>? Only, int Kills, int Units, TimeSpan Outage, int Fuzz, TimeSpan LockHeld, int Seed)
{
    public static ChaosOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Int(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        TimeSpan Span(string name, TimeSpan fallback) => Value(name) is { } v ? TimeSpan.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var only = Value("--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new ChaosOptions(only, Int("--kills", 5), Int("--units", 200), Span("--outage", TimeSpan.FromMinutes(1)), Int("--fuzz", 600), Span("--lock", TimeSpan.FromSeconds(45)), Int("--seed", 14));
    }

    public bool Runs(string scenario) => Only is null || Only.Contains(scenario);
}
