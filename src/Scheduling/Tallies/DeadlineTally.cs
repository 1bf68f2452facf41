using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;

namespace QcdcBot.Scheduling.Tallies;

/// <summary>The numbers for one deadline. Every command and digest reads them from here, so they always agree.</summary>
internal sealed record DeadlineTally(Deadline Deadline, IReadOnlyList<UnitStanding> Units)
{
    public int InScope => Units.Count;

    public int Submitted => Units.Count(u => u.Submitted);

    public int OnTime => Units.Count(u => u.OnTime);

    public int Late => Units.Count(u => u.Late);

    /// <summary>Extended and not submitted yet (an extended unit that submitted counts as on time or late).</summary>
    public int Extended => Count(StandingBucket.Extended);

    /// <summary>Not submitted and not excused: the units that still owe.</summary>
    public int Missing => Units.Count(u => u.Owes);

    /// <summary>Excused by an accepted "không có nội dung phát sinh": they owe nothing.</summary>
    public int Excused => Count(StandingBucket.Excused);

    public Completion Completion => new(Submitted, Excused, InScope);

    public int Silent => Count(StandingBucket.Silent);

    /// <summary>Still owe after the office said no, by reason (a refused excuse, a rejected claim, a lapsed or refused extension): not silent.</summary>
    public IReadOnlyList<RefusalCount> OwedAfterRefusal => Tallies.OwedAfterRefusal.Counted(Count);

    /// <summary>Still owe, and asked for an extension the office has not answered: waiting for a decision, not silent.</summary>
    public int ExtensionPending => Count(StandingBucket.ExtensionPending);

    public IReadOnlyList<UnitStanding> MissingUnits => Units.Where(u => u.Owes).ToList();

    /// <summary>
    /// Units that still owe and whose bucket is their status reply, counted by state: a unit also extended or waiting
    /// for an extension decision counts there, not here (each unit is in one bucket).
    /// </summary>
    public IReadOnlyDictionary<StatusState, int> StatusCounts =>
        Units.Select(u => u.Bucket switch
            {
                StandingBucket.InProgress => StatusState.InProgress,
                StandingBucket.SentOnPaper => StatusState.SentOnPaper,
                StandingBucket.SentViaIOffice => StatusState.SentViaIOffice,
                StandingBucket.SentByEmail => StatusState.SentByEmail,
                StandingBucket.ExcusePending => StatusState.NothingToReport,
                _ => (StatusState?)null,
            })
            .OfType<StatusState>()
            .GroupBy(s => s)
            .ToDictionary(g => g.Key, g => g.Count());

    public int Count(StandingBucket bucket) => Units.Count(u => u.Bucket == bucket);
}
