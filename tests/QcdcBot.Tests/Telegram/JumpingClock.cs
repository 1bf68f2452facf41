namespace QcdcBot.Tests.Telegram;

/// <summary>
/// Real time moved to a chosen date, and jumped forward by the test. The whole host runs on real timers (polling,
/// dispatch, retries), which a FakeTimeProvider would freeze; only "now" is shifted, so the office's "today"
/// and the reminder slots are the same on every run.
/// </summary>
internal sealed class JumpingClock(DateTimeOffset start) : TimeProvider
{
    private long _offsetTicks = (start - System.GetUtcNow()).Ticks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves "now" to <paramref name="target"/>; it then runs on at real speed.</summary>
    public void JumpTo(DateTimeOffset target)
    {
        var delta = target - GetUtcNow();
        Assert.True(delta >= TimeSpan.Zero, "the clock only moves forward");
        Interlocked.Add(ref _offsetTicks, delta.Ticks);
    }
}
