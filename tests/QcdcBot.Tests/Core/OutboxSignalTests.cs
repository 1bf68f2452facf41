using Microsoft.Extensions.Time.Testing;
using QcdcBot.Scheduling.Delivery;

namespace QcdcBot.Tests.Core;

public sealed class OutboxSignalTests
{
    [Fact]
    public async Task A_pulse_wakes_the_waiting_dispatcher_without_any_time_passing()
    {
        var time = new FakeTimeProvider();
        using var signal = new OutboxSignal(time);
        var waiting = signal.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        signal.Pulse();

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Without_a_pulse_the_wait_ends_when_the_poll_interval_has_passed_on_the_clock()
    {
        var time = new FakeTimeProvider();
        using var signal = new OutboxSignal(time);
        var waiting = signal.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None);

        time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_pulse_before_the_wait_is_not_lost_and_many_pulses_count_once()
    {
        var time = new FakeTimeProvider();
        using var signal = new OutboxSignal(time);
        signal.Pulse();
        signal.Pulse();

        await signal.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        var second = signal.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(5));
        await second.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
