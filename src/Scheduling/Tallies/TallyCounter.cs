using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Scheduling.Tallies;

/// <summary>
/// The counting path: the same buckets as <see cref="TallyService"/>, read as a few integers per unit and deadline
/// (one grouped query per table for all the deadlines) instead of whole submissions and statuses, so a summary of
/// 10,000 units × 50 deadlines builds no row objects. Units with no row at all are silent.
/// </summary>
internal sealed class TallyCounter(UnitStore units, DeadlineStore deadlines, SubmissionStore submissions, StatusNoteStore statuses, ExtensionRequestStore extensions)
{
    private static readonly int BucketCount = Enum.GetValues<StandingBucket>().Length;

    /// <param name="namesUpTo">Owing units are named up to this many per deadline; past it only counted.</param>
    /// <param name="recordBefore">Units' records count the deadlines due before this day, for each unit whose own (extended) due date is before it too.</param>
    public async Task<TallyCounts> CountAsync(IReadOnlyList<Deadline> list, int namesUpTo, DateOnly recordBefore, CancellationToken ct = default)
    {
        if (list.Count == 0)
        {
            return new TallyCounts([], []);
        }

        var ids = list.Select(d => d.Id).ToList();
        var allUnits = await units.AllAsync(ct);

        // Facts in arrays by deadline and unit position: half a million pairs at national size, indexed, not hashed.
        var deadlineAt = new Dictionary<long, int>();
        for (var i = 0; i < ids.Count; i++)
        {
            deadlineAt.TryAdd(ids[i], i);
        }

        var unitAt = new Dictionary<long, int>();
        for (var i = 0; i < allUnits.Count; i++)
        {
            unitAt[allUnits[i].Id] = i;
        }

        var facts = list.Select(_ => new StandingFacts[allUnits.Count]).ToArray();

        // A row of a unit no longer listed lands in a spare slot nobody counts (the full tally ignores it too).
        var spare = new StandingFacts[1];
        ref StandingFacts At(long deadlineId, long unitId) =>
            ref deadlineAt.TryGetValue(deadlineId, out var d) && unitAt.TryGetValue(unitId, out var u) ? ref facts[d][u] : ref spare[0];

        foreach (var (deadlineId, unitId, daysLate) in await submissions.FirstDaysLateAsync(ids, ct))
        {
            At(deadlineId, unitId) = new StandingFacts(Submitted: true, Late: daysLate > 0, null, false, false, false, false);
        }

        foreach (var s in await statuses.LatestStatesAsync(ids, ct))
        {
            ref var f = ref At(s.DeadlineId, s.UnitId);
            f = f with { Status = s.State, Accepted = s.Accepted, Refused = s.Refused };
        }

        foreach (var r in await extensions.PendingForDeadlinesAsync(ids, null, ct))
        {
            ref var f = ref At(r.DeadlineId, r.UnitId);
            f = f with { ExtensionPending = true };
        }

        var overrides = await deadlines.OverridesForAsync(ids, null, ct);
        foreach (var (deadlineId, unitId) in overrides.Keys)
        {
            ref var f = ref At(deadlineId, unitId);
            f = f with { Extended = true };
        }

        var records = new (int Due, int Bad)[allUnits.Count];
        var counted = new List<DeadlineCounts>(list.Count);
        for (var d = 0; d < list.Count; d++)
        {
            var deadline = list[d];
            var buckets = new int[BucketCount];
            var owing = new List<Unit>();
            var recorded = deadline.DueDate < recordBefore;
            var row = facts[deadlineAt[deadline.Id]];
            for (var u = 0; u < allUnits.Count; u++)
            {
                var unit = allUnits[u];
                if (!deadline.Covers(unit))
                {
                    continue;
                }

                var f = row[u];
                buckets[(int)f.Bucket]++;
                if (f.Owes && owing.Count < namesUpTo)
                {
                    owing.Add(unit);
                }

                if (recorded && (!f.Extended || overrides[(deadline.Id, unit.Id)] < recordBefore))
                {
                    records[u] = (records[u].Due + 1, records[u].Bad + (f.Late || f.Owes ? 1 : 0));
                }
            }

            counted.Add(new DeadlineCounts(deadline, buckets, owing));
        }

        return new TallyCounts(counted, allUnits.Select((u, i) => (u, records[i])).Where(p => p.Item2.Due > 0).Select(p => new UnitRecord(p.u, p.Item2.Due, p.Item2.Bad)).ToList());
    }
}
