using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using QcdcBot.Scheduling.Resilience;
using QcdcBot.Storage;
using QcdcBot.Storage.Database;

namespace QcdcBot.Tests.Reliability;

public sealed class StoreErrorPolicyTests
{
    private readonly RecordingAlert _alert = new();

    [Fact]
    public async Task A_full_disk_is_retried_with_the_work_in_hand_and_the_admins_are_told_once()
    {
        var policy = Policy(alertAfter: TimeSpan.Zero);
        var attempts = 0;

        var result = await policy.RunAsync("test loop", _ => ++attempts <= 3 ? throw new SqliteException("database or disk is full", 13) : Task.FromResult("kept"), default);

        Assert.Equal("kept", result);
        Assert.Equal(4, attempts);
        Assert.Equal([StoreFaultKind.DiskFull], _alert.Told);
        Assert.Null(policy.Stopped);
    }

    [Fact]
    public async Task A_short_fault_tells_nobody()
    {
        var policy = Policy(alertAfter: TimeSpan.FromHours(1));
        var attempts = 0;

        await policy.RunAsync("test loop", _ => ++attempts == 1 ? throw new SqliteException("database is locked", 5) : Task.CompletedTask, default);

        Assert.Empty(_alert.Told);
    }

    [Fact]
    public async Task A_fatal_fault_records_the_stop_and_waits_for_the_host_to_cancel()
    {
        var policy = Policy(alertAfter: TimeSpan.Zero);
        using var stop = new CancellationTokenSource();

        var run = policy.RunAsync("test loop", _ => Task.FromException(new SqliteException("attempt to write a readonly database", 8)), stop.Token);
        await Task.Delay(50);
        Assert.False(run.IsCompleted);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal(StoreFaultKind.ReadOnly, policy.Stopped!.Kind);
        Assert.Empty(_alert.Told);
    }

    [Fact]
    public async Task Other_exceptions_reach_the_caller_untouched()
    {
        var policy = Policy(alertAfter: TimeSpan.Zero);

        await Assert.ThrowsAsync<InvalidOperationException>(() => policy.RunAsync("test loop", _ => Task.FromException(new InvalidOperationException("bug")), default));
    }

    private StoreErrorPolicy Policy(TimeSpan alertAfter) => new(
        Options.Create(new StorageOptions { RetryFirstDelay = TimeSpan.FromMilliseconds(1), RetryMaxDelay = TimeSpan.FromMilliseconds(5), AlertAfter = alertAfter }),
        TimeProvider.System,
        [_alert],
        NullLogger<StoreErrorPolicy>.Instance);

    private sealed class RecordingAlert : IStoreAlert
    {
        public List<StoreFaultKind> Told { get; } = [];

        public Task<bool> TellAdminsAsync(StoreFault fault, DateTimeOffset since, CancellationToken ct)
        {
            Told.Add(fault.Kind);
            return Task.FromResult(true);
        }
    }
}
