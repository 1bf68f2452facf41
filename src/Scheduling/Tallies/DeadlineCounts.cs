using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Units;

namespace QcdcBot.Scheduling.Tallies;

/// <summary>
/// The numbers of one deadline without the standings behind them (/tonghop, the digest, /tinhhinh): the units in
/// each <see cref="StandingBucket"/>, and the owing units by name only up to the limit the reader asked for.
/// </summary>
internal sealed record DeadlineCounts(Deadline Deadline, IReadOnlyList<int> Buckets, IReadOnlyList<Unit> Owing)
{
    public int InScope => Buckets.Sum();

    public int OnTime => Count(StandingBucket.OnTime);

    public int Late => Count(StandingBucket.Late);

    public int Submitted => OnTime + Late;

    public int Extended => Count(StandingBucket.Extended);

    public int Excused => Count(StandingBucket.Excused);

    public int Silent => Count(StandingBucket.Silent);

    /// <summary>Still owe after the office said no, by reason: the same as <see cref="DeadlineTally.OwedAfterRefusal"/>.</summary>
    public IReadOnlyList<RefusalCount> OwedAfterRefusal => Tallies.OwedAfterRefusal.Counted(Count);

    public int ExtensionPending => Count(StandingBucket.ExtensionPending);

    /// <summary>Not submitted and not excused; <see cref="Owing"/> names them only when there are few enough.</summary>
    public int Missing => InScope - Submitted - Excused;

    public Completion Completion => new(Submitted, Excused, InScope);

    /// <summary>Units that still owe counted by their status reply, the same keys as <see cref="DeadlineTally.StatusCounts"/>.</summary>
    public IReadOnlyDictionary<StatusState, int> StatusCounts => new (StandingBucket Bucket, StatusState State)[]
        {
            (StandingBucket.InProgress, StatusState.InProgress),
            (StandingBucket.SentOnPaper, StatusState.SentOnPaper),
            (StandingBucket.SentViaIOffice, StatusState.SentViaIOffice),
            (StandingBucket.SentByEmail, StatusState.SentByEmail),
            (StandingBucket.ExcusePending, StatusState.NothingToReport),
        }
        .Where(p => Count(p.Bucket) > 0)
        .ToDictionary(p => p.State, p => Count(p.Bucket));

    public int Count(StandingBucket bucket) => Buckets[(int)bucket];
}
