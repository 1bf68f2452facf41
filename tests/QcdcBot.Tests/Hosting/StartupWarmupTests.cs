using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Bot.Channels.Telegram;
using QcdcBot.Bot.Hosting.Warmup;
using QcdcBot.Bot.Inbox;
using QcdcBot.Tests.Support;
using QcdcBot.Tests.Telegram;

namespace QcdcBot.Tests.Hosting;

public sealed class StartupWarmupTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task The_warm_up_waits_for_the_first_poll_then_runs_every_step_once()
    {
        var firstPoll = new FirstPoll();
        var steps = new[] { new Step("a"), new Step("b") };
        using var turns = new TurnsInProgress(TimeProvider.System);
        using var warmup = new StartupWarmup(steps, firstPoll, turns, new FakeTimeProvider(), Logger());
        await warmup.StartAsync(CancellationToken.None);

        await Task.Delay(200);
        Assert.All(steps, s => Assert.Equal(0, s.Runs));

        firstPoll.MarkSent();
        await warmup.ExecuteTask!.WaitAsync(Patience);
        Assert.All(steps, s => Assert.Equal(1, s.Runs));
    }

    [Fact]
    public async Task With_nothing_polling_the_warm_up_runs_once_its_wait_is_over()
    {
        var clock = new WatchedClock();
        var step = new Step("a");
        using var turns = new TurnsInProgress(clock);
        using var warmup = new StartupWarmup([step], new FirstPoll(), turns, clock, Logger());
        await warmup.StartAsync(CancellationToken.None);
        // The service's loop runs on its own task: its wait starts when it asks the clock for a timer.
        await clock.TimerCreated.Task.WaitAsync(Patience);

        clock.Advance(StartupWarmup.NoPollWait - TimeSpan.FromSeconds(1));
        await Task.Delay(200);
        Assert.Equal(0, step.Runs);

        clock.Advance(TimeSpan.FromSeconds(1));
        await warmup.ExecuteTask!.WaitAsync(Patience);
        Assert.Equal(1, step.Runs);
    }

    [Fact]
    public async Task Stopping_the_host_stops_the_warm_up_before_its_next_step()
    {
        var firstPoll = new FirstPoll();
        using var held = new ManualResetEventSlim();
        using var entered = new ManualResetEventSlim();
        var first = new Step("held", () =>
        {
            entered.Set();
            held.Wait(Patience);
        });
        var second = new Step("after");
        using var turns = new TurnsInProgress(TimeProvider.System);
        using var warmup = new StartupWarmup([first, second], firstPoll, turns, new FakeTimeProvider(), Logger());
        await warmup.StartAsync(CancellationToken.None);
        firstPoll.MarkSent();
        Assert.True(entered.Wait(Patience));

        var stopping = warmup.StopAsync(CancellationToken.None);
        held.Set();
        await stopping.WaitAsync(Patience);

        Assert.Equal(1, first.Runs);
        Assert.Equal(0, second.Runs);
        Assert.True(warmup.ExecuteTask!.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_step_that_fails_is_logged_and_the_next_one_still_runs()
    {
        var logs = new RecordedLogs();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var firstPoll = new FirstPoll();
        var next = new Step("next");
        using var turns = new TurnsInProgress(TimeProvider.System);
        using var warmup = new StartupWarmup([new Step("broken", () => throw new InvalidOperationException("boom")), next], firstPoll,
            turns, new FakeTimeProvider(), factory.CreateLogger<StartupWarmup>());
        await warmup.StartAsync(CancellationToken.None);
        firstPoll.MarkSent();
        await warmup.ExecuteTask!.WaitAsync(Patience);

        Assert.True(warmup.ExecuteTask.IsCompletedSuccessfully);
        Assert.Equal(1, next.Runs);
        Assert.Contains(logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("broken", StringComparison.Ordinal));
    }

    /// <summary>The bot's own steps touch no store and no network: they run on their own, more than once.</summary>
    [Fact]
    public void The_bots_own_steps_run_in_memory()
    {
        IWarmStep[] steps = [new TelegramJsonWarmStep(), new StoredJsonWarmStep()];
        foreach (var step in steps)
        {
            Assert.True(step.RunAsync(CancellationToken.None).IsCompletedSuccessfully);
            Assert.True(step.RunAsync(CancellationToken.None).IsCompletedSuccessfully);
        }
    }

    /// <summary>In the real host the warm-up runs once the poller's first getUpdates has gone out.</summary>
    [Fact]
    public async Task In_the_bot_the_warm_up_runs_after_the_first_getUpdates_went_out()
    {
        await using var api = await FakeBotApi.StartAsync();
        var firstPoll = new FirstPoll();
        var pollSentWhenRun = false;
        var step = new Step("recorded", () => pollSentWhenRun = firstPoll.Sent.IsCompleted);
        await using var app = new TelegramTestHost(api, services: s => s.AddSingleton(firstPoll).AddSingleton<IWarmStep>(step));
        await app.StartAsync();

        await firstPoll.Sent.WaitAsync(Patience);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (step.Runs == 0 && clock.Elapsed < Patience)
        {
            await Task.Delay(20);
        }

        Assert.Equal(1, step.Runs);
        Assert.True(pollSentWhenRun);
    }

    private static ILogger<StartupWarmup> Logger() => LoggerFactory.Create(_ => { }).CreateLogger<StartupWarmup>();

    private sealed class WatchedClock : FakeTimeProvider
    {
        public TaskCompletionSource TimerCreated { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            TimerCreated.TrySetResult();
            return timer;
        }
    }

    internal sealed class Step(string name, Action? run = null) : IWarmStep
    {
        private int _runs;


        public int Runs => Volatile.Read(ref _runs);

        public string Name => name;

        public Task RunAsync(CancellationToken ct)
        {
            run?.Invoke();
            Interlocked.Increment(ref _runs);
            return Task.CompletedTask;
        }
    }
}
