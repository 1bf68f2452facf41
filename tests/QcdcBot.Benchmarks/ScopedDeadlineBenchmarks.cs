using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Benchmarks;

/// <summary>
/// Listing the open deadlines when 20 of them are for listed units (5 units each), as several flows of a turn do:
/// the load harness's and the scale store's deadlines are all for every unit, so only this shows what the lists cost.
/// </summary>
[MemoryDiagnoser]
public class ScopedDeadlineBenchmarks
{
    private BenchmarkStore _store = null!;
    private DeadlineStore _deadlines = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _store = await BenchmarkStore.CreateAsync();
        _deadlines = _store.Services.GetRequiredService<DeadlineStore>();
        var units = (await _store.Services.GetRequiredService<UnitStore>().AllAsync()).Select(u => u.Id).ToList();
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        for (var i = 0; i < 20; i++)
        {
            await _deadlines.CreateAsync(new NewDeadline($"Báo cáo chuyên đề {i + 1}", today.AddDays(10 + i), DeadlineScope.Units, null,
                units.Skip(i * 3).Take(5).ToList(), Recurrence.None, "trước 10 ngày nữa", "bench:admin"));
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    [Benchmark]
    public async Task<int> ListOpenDeadlinesWith20ForListedUnits() => (await _deadlines.ListAsync()).Count;
}
