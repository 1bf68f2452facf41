using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Bot.Hosting.Warmup;
using QcdcBot.Bot.Inbox;
using QcdcBot.Tests.Support;
using QcdcBot.Tests.Telegram;

namespace QcdcBot.Tests.Hosting;

/// <summary>The start-up warm-up gives way to people: a turn never shares the machine with it (README, Performance).</summary>
public sealed class WarmupGivesWayTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_turn_beginning_stops_the_running_step_and_the_warm_up_goes_on_only_once_the_inbox_has_been_quiet()
    {
        var clock = new FakeTimeProvider();
        using var turns = new TurnsInProgress(clock);
        var firstPoll = new FirstPoll();
        var held = new HeldStep();
        var next = new StartupWarmupTests.Step("next");
        using var warmup = new StartupWarmup([held, next], firstPoll, turns, clock, LoggerFactory.Create(_ => { }).CreateLogger<StartupWarmup>());
        await warmup.StartAsync(CancellationToken.None);
        firstPoll.MarkSent();
        await held.Entered.Task.WaitAsync(Patience);

        var turn = turns.Begin();
        await held.GaveWay.Task.WaitAsync(Patience);
        await Task.Delay(200);
        Assert.Equal(1, held.Attempts);
        Assert.Equal(0, next.Runs);

        // The turn is over, but another may follow at once (a burst of updates): the warm-up waits for a quiet moment.
        turn.Dispose();
        clock.Advance(TurnsInProgress.Quiet - TimeSpan.FromMilliseconds(1));
        await Task.Delay(200);
        Assert.Equal(1, held.Attempts);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await warmup.ExecuteTask!.WaitAsync(Patience);
        Assert.Equal(2, held.Attempts);
        Assert.True(held.Finished.Task.IsCompleted);
        Assert.Equal(1, next.Runs);
    }

    [Fact]
    public async Task A_step_does_not_start_while_a_turn_is_in_progress()
    {
        var clock = new FakeTimeProvider();
        using var turns = new TurnsInProgress(clock);
        var firstPoll = new FirstPoll();
        var step = new StartupWarmupTests.Step("a");
        using var warmup = new StartupWarmup([step], firstPoll, turns, clock, LoggerFactory.Create(_ => { }).CreateLogger<StartupWarmup>());
        var turn = turns.Begin();
        await warmup.StartAsync(CancellationToken.None);
        firstPoll.MarkSent();
        await Task.Delay(200);
        Assert.Equal(0, step.Runs);

        turn.Dispose();
        clock.Advance(TurnsInProgress.Quiet);
        await warmup.ExecuteTask!.WaitAsync(Patience);
        Assert.Equal(1, step.Runs);
    }

    /// <summary>In the real host: an update that comes while a step runs is answered, and the step is cut off, not waited for.</summary>
    [Fact]
    public async Task In_the_bot_an_update_arriving_during_a_warm_up_step_is_answered_and_the_step_gives_way_then_runs_again()
    {
        await using var api = await FakeBotApi.StartAsync();
        var held = new HeldStep();
        await using var app = new TelegramTestHost(api, services: s => s.AddSingleton<IWarmStep>(held));
        await app.StartAsync();
        await held.Entered.Task.WaitAsync(Patience);

        api.Enqueue(Updates.Text(TelegramTestHost.Admin, "/hanchot"));

        // The step never ends by itself: the answer comes because the turn did not wait for it.
        await api.WaitForAsync("sendMessage", timeout: Patience);
        await held.GaveWay.Task.WaitAsync(Patience);
        await held.Finished.Task.WaitAsync(Patience);
        Assert.Equal(2, held.Attempts);
    }

    /// <summary>Its first run lasts until it is cancelled; the next one ends at once.</summary>
    private sealed class HeldStep : IWarmStep
    {
        private int _attempts;

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource GaveWay { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Finished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Attempts => Volatile.Read(ref _attempts);

        public string Name => "held";

        public async Task RunAsync(CancellationToken ct)
        {
            if (Interlocked.Increment(ref _attempts) == 1)
            {
                Entered.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, ct);
                }
                catch (OperationCanceledException)
                {
                    GaveWay.TrySetResult();
                    throw;
                }
            }

            Finished.TrySetResult();
        }
    }
}
