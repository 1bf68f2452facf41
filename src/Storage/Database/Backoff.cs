namespace QcdcBot.Storage.Database;

/// <summary>Doubling delays from <c>first</c>, capped at <c>max</c>, for loops that wait out a store fault.</summary>
internal static class Backoff
{
    public static TimeSpan Capped(int attempt, TimeSpan first, TimeSpan max)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(first.Ticks * factor, max.Ticks));
    }
}
