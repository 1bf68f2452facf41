using QcdcBot.Storage.Units;

namespace QcdcBot.Scheduling.Tallies;

/// <summary>
/// The counts of several deadlines and, over those already due, each unit's record (habitually late units).
/// </summary>
/// <param name="Units">Every unit as the count read them (null when there was nothing to count and none were read),
/// so a caller that needs them too (the digest) does not read 10,000 units a second time.</param>
internal sealed record TallyCounts(IReadOnlyList<DeadlineCounts> Deadlines, IReadOnlyList<UnitRecord> Records, IReadOnlyList<Unit>? Units = null);
