using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Scheduling.Delivery;

namespace QcdcBot.Tests.Reminders;

/// <summary>The limiter keeps each chat's messages in the order of their slots, whichever wait ends first.</summary>
public sealed class ChatOrderTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 13, 1, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Start);
    private readonly DispatchOptions _options = new();

    [Fact]
    public async Task A_chats_messages_leave_in_the_order_of_their_slots_even_when_the_later_ones_wait_ends_first()
    {
        // A reply split in two parts, or an answer after a refusal: slots one second apart in the same chat.
        var limiter = new OutboxRateLimiter(_time, Options.Create(_options));
        var first = limiter.Reserve("telegram", "7", TimeSpan.FromSeconds(5)).Slot!.Value;
        var second = limiter.Reserve("telegram", "7", TimeSpan.FromSeconds(5)).Slot!.Value;
        // Both slots have passed, and the thread that waits for the first one is starved: the second asks first.
        _time.Advance(second - Start + TimeSpan.FromSeconds(2));
        var secondLeaves = limiter.AcquireAsync("telegram", "7", CancellationToken.None, second);
        Assert.False(secondLeaves.IsCompleted);

        var firstPermit = await limiter.AcquireAsync("telegram", "7", CancellationToken.None, first);
        _time.Advance(TimeSpan.FromMilliseconds(20));
        Assert.False(secondLeaves.IsCompleted);
        limiter.Sent(firstPermit);

        // One second after the first one's answer, the chat's window lets the second go.
        for (var i = 0; i < 220 && !secondLeaves.IsCompleted; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(5));
            await Task.Delay(1);
        }

        Assert.True(secondLeaves.IsCompleted);
        limiter.Sent(await secondLeaves);
    }

    [Fact]
    public async Task A_released_slot_does_not_hold_its_chats_later_messages()
    {
        var limiter = new OutboxRateLimiter(_time, Options.Create(_options));
        var first = limiter.Reserve("telegram", "7", TimeSpan.FromSeconds(5)).Slot!.Value;
        var second = limiter.Reserve("telegram", "7", TimeSpan.FromSeconds(5)).Slot!.Value;
        _time.Advance(second - Start);

        // The first went back to the store (its claim was lost): the second need not wait for it.
        limiter.Release("telegram", "7", first);

        limiter.Sent(await limiter.AcquireAsync("telegram", "7", CancellationToken.None, second).WaitAsync(TimeSpan.FromSeconds(5)));
    }
}
