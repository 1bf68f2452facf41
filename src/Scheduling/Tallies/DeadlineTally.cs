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

    public int Extended => Units.Count(u => u.Extended);

    /// <summary>Not submitted and not excused: the units that still owe.</summary>
    public int Missing => Units.Count(u => u.Owes);

    /// <summary>Excused by an accepted "không có nội dung phát sinh": they owe nothing.</summary>
    public int Excused => Units.Count(u => u.Excused);

    public int Silent => Units.Count(u => u.Silent);

    /// <summary>Still owe, and asked for an extension the office has not answered: waiting for a decision, not silent.</summary>
    public int ExtensionPending => Units.Count(u => u.Owes && u.PendingExtension is not null);

    public IReadOnlyList<UnitStanding> MissingUnits => Units.Where(u => u.Owes).ToList();

    /// <summary>The latest status of units that still owe, counted by state (an accepted excuse is not among them).</summary>
    public IReadOnlyDictionary<StatusState, int> StatusCounts =>
        Units.Where(u => u.Owes && u.Status is { IsRefusedExcuse: false })
            .GroupBy(u => u.Status!.State)
            .ToDictionary(g => g.Key, g => g.Count());
}
