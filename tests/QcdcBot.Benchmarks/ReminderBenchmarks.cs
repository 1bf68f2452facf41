using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Benchmarks;

/// <summary>
/// The reminder fan-out: one slot for every unit still missing (74, one bound and reachable, the rest reported to
/// admins), written with its ledger rows and outbox messages; and the steady-state sweep that finds nothing to do.
/// </summary>
[MemoryDiagnoser]
public class ReminderBenchmarks
{
    private BenchmarkStore _store = null!;
    private ReminderSweep _sweep = null!;
    private DeadlineStore _deadlines = null!;
    private long _fresh;

    [GlobalSetup]
    public async Task Setup()
    {
        _store = await BenchmarkStore.CreateAsync();
        _sweep = _store.Services.GetRequiredService<ReminderSweep>();
        _deadlines = _store.Services.GetRequiredService<DeadlineStore>();
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    /// <summary>A new deadline each time, so every unit owes it and nothing is in the ledger yet.</summary>
    [IterationSetup(Target = nameof(SendNowTo74Units))]
    public void NewDeadline()
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        _fresh = _deadlines.CreateAsync(new NewDeadline("Báo cáo 6 tháng", today.AddDays(5), DeadlineScope.Grassroots, null, [], Recurrence.None, "5 ngày nữa", "bench:admin"))
            .GetAwaiter().GetResult().Id;
    }

    [Benchmark]
    public async Task<int> SendNowTo74Units() => (await _sweep.SendNowAsync(_fresh, null))!.Reminded;

    [Benchmark]
    public async Task<int> SweepWithNothingDue() => (await _sweep.RunAsync(CancellationToken.None)).Reminded;
}
