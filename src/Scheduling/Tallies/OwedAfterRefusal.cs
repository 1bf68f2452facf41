namespace QcdcBot.Scheduling.Tallies;

/// <summary>
/// "Owed after the office said no": a unit that answered (so it is not silent), was told no, and still owes. The
/// reason is its <see cref="StandingBucket"/>: every member between <see cref="StandingBucket.InProgress"/> and
/// <see cref="StandingBucket.Silent"/>. The counts, the wording and every view read the reasons from here, so a new
/// reason is one enum member (with its rule in <see cref="StandingFacts"/>) and one wording line.
/// </summary>
internal static class OwedAfterRefusal
{
    /// <summary>The reasons, in the order every view lists them (the enum's order).</summary>
    public static IReadOnlyList<StandingBucket> Reasons { get; } =
        Enum.GetValues<StandingBucket>().Where(b => b > StandingBucket.InProgress && b < StandingBucket.Silent).ToArray();

    public static bool Includes(StandingBucket bucket) => bucket > StandingBucket.InProgress && bucket < StandingBucket.Silent;

    /// <summary>The units in each reason, every reason listed (zero too), read from a bucket count.</summary>
    public static IReadOnlyList<RefusalCount> Counted(Func<StandingBucket, int> count) =>
        Reasons.Select(r => new RefusalCount(r, count(r))).ToList();
}

/// <summary>How many units still owe for one reason the office said no (<see cref="OwedAfterRefusal"/>).</summary>
internal sealed record RefusalCount(StandingBucket Reason, int Count);
