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
        var overrides = await deadlines.OverridesForAsync(ids, null, ct);
        var facts = new Dictionary<(long DeadlineId, long UnitId), StandingFacts>();
        foreach (var (deadlineId, unitId, daysLate) in await submissions.FirstDaysLateAsync(ids, ct))
        {
            facts[(deadlineId, unitId)] = new StandingFacts(Submitted: true, Late: daysLate > 0, null, false, false, false, false);
        }

        foreach (var s in await statuses.LatestStatesAsync(ids, ct))
        {
            facts[(s.DeadlineId, s.UnitId)] = facts.GetValueOrDefault((s.DeadlineId, s.UnitId)) with { Status = s.State, Accepted = s.Accepted, Refused = s.Refused };
        }

        foreach (var r in await extensions.PendingForDeadlinesAsync(ids, null, ct))
        {
            facts[(r.DeadlineId, r.UnitId)] = facts.GetValueOrDefault((r.DeadlineId, r.UnitId)) with { ExtensionPending = true };
        }

        foreach (var key in overrides.Keys)
        {
            facts[key] = facts.GetValueOrDefault(key) with { Extended = true };
        }

        var records = new Dictionary<long, (int Due, int Bad)>();
        var counted = new List<DeadlineCounts>(list.Count);
        foreach (var deadline in list)
        {
            var buckets = new int[BucketCount];
            var owing = new List<Unit>();
            foreach (var unit in allUnits)
            {
                if (!deadline.Covers(unit))
                {
                    continue;
                }

                var key = (deadline.Id, unit.Id);
                var f = facts.GetValueOrDefault(key);
                buckets[(int)f.Bucket]++;
                if (f.Owes && owing.Count < namesUpTo)
                {
                    owing.Add(unit);
                }

                if (deadline.DueDate < recordBefore && overrides.GetValueOrDefault(key, deadline.DueDate) < recordBefore)
                {
                    var (due, bad) = records.GetValueOrDefault(unit.Id);
                    records[unit.Id] = (due + 1, bad + (f.Late || f.Owes ? 1 : 0));
                }
            }

            counted.Add(new DeadlineCounts(deadline, buckets, owing));
        }

        return new TallyCounts(counted, allUnits.Where(u => records.ContainsKey(u.Id)).Select(u => new UnitRecord(u, records[u.Id].Due, records[u.Id].Bad)).ToList());
    }
}
