namespace QcdcBot.Scheduling.Tallies;

/// <summary>The counts of several deadlines and, over those already due, each unit's record (habitually late units).</summary>
internal sealed record TallyCounts(IReadOnlyList<DeadlineCounts> Deadlines, IReadOnlyList<UnitRecord> Records);
