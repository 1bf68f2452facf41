using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Scheduling.Resilience;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Reliability;

/// <summary>
/// The reminder sweep cut off by a normal shutdown (a piped terminal session's input ending as the :15 sweep starts)
/// is quiet: nothing is thrown to Quartz, which would print it with its stack trace into the chat; and the next
/// start's sweep sends what was due (office15 finding 18).
/// </summary>
public sealed class StoppedJobTests
{
    [Fact]
    public async Task A_sweep_cut_off_by_shutdown_throws_nothing_and_the_next_sweep_sends_what_was_due()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.RegisterSecretaryAsync("NHNN");
        await bot.AssignAsync("Kế hoạch tuyên truyền trước 4/11/2024 cho NHNN, TTRA");
        bot.SetLocalTime(2024, 10, 28, 9, 15);
        var policy = bot.Get<StoreErrorPolicy>();
        var sweep = bot.Get<ReminderSweep>();

        using var stopping = new Lifetime();
        await stopping.StopAsync();
        var stopped = new ReminderSweepJob(sweep, policy, stopping, NullLogger<ReminderSweepJob>.Instance);
        var error = await Record.ExceptionAsync(async () => await stopped.Execute(null!, CancellationToken.None));
        Assert.Null(error);
        Assert.Equal(0, await bot.CountAsync("reminder_ledger"));

        using var running = new Lifetime();
        await new ReminderSweepJob(sweep, policy, running, NullLogger<ReminderSweepJob>.Instance).Execute(null!, CancellationToken.None);
        Assert.True(await bot.CountAsync("reminder_ledger") > 0);
    }

    [Fact]
    public async Task A_fault_that_is_not_a_shutdown_still_reaches_quartz()
    {
        using var running = new Lifetime();
        var error = await Record.ExceptionAsync(() => StoppingToken.RunAsync(running, NullLogger.Instance, "test job",
            _ => throw new OperationCanceledException("a timeout of its own, not a shutdown"), CancellationToken.None));
        Assert.IsType<OperationCanceledException>(error);
    }

    private sealed class Lifetime : IHostApplicationLifetime, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new();

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => _stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public Task StopAsync() => _stopping.CancelAsync();

        public void StopApplication() => _stopping.Cancel();

        public void Dispose() => _stopping.Dispose();
    }
}
