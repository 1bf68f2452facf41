using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Tallies;
using QcdcBot.Storage.Units;

namespace QcdcBot.Scheduling.Tallies;

/// <summary>
/// The counting path: the same buckets as <see cref="TallyService"/>, read as a few integers per unit and deadline
/// (one query per table for all the deadlines, one row per deadline) instead of whole submissions and statuses, so a summary of
/// 10,000 units × 50 deadlines builds no row objects. Units with no row at all are silent.
/// </summary>
internal sealed class TallyCounter(UnitStore units, DeadlineStore deadlines, SubmissionStore submissions, StatusNoteStore statuses, ExtensionRequestStore extensions)
{
    private static readonly int BucketCount = Enum.GetValues<StandingBucket>().Length;

    /// <param name="namesUpTo">Owing units are named up to this many per deadline; past it only counted.</param>
    /// <param name="recordBefore">Today: units' records count the deadlines due before it, for each unit whose own (extended) due date is before it too; an extension that ends before it no longer counts as extended.</param>
    public async Task<TallyCounts> CountAsync(IReadOnlyList<Deadline> list, int namesUpTo, DateOnly recordBefore, CancellationToken ct = default)
    {
        if (list.Count == 0)
        {
            return new TallyCounts([], []);
        }

        var ids = list.Select(d => d.Id).ToList();
        var allUnits = await units.AllAsync(ct);
        var lateness = await submissions.FirstLatenessAsync(ids, ct);
        var states = await statuses.StatesInOrderAsync(ids, ct);
        var pending = await extensions.PendingUnitsAsync(list.Where(d => d.AwaitsDecisions).Select(d => d.Id).ToList(), ct);
        var denied = await extensions.DeniedUnitsAsync(ids, ct);
        var overridden = await deadlines.OverriddenUnitsAsync(ids, recordBefore, ct);
        return Count(list, ids, allUnits, lateness, states, pending, denied, overridden, namesUpTo, recordBefore);
    }

    /// <summary>
    /// Sorts every unit into its bucket from what was read. Not marked AggressiveOptimization: such a method is never
    /// precompiled (ReadyToRun), so the published bot compiled it on the first /tonghop after every start.
    /// </summary>
    private static TallyCounts Count(
        IReadOnlyList<Deadline> list,
        List<long> ids,
        IReadOnlyList<Unit> allUnits,
        List<UnitFlag> lateness,
        List<LatestState> states,
        List<UnitFlag> pending,
        List<UnitFlag> denied,
        List<UnitFlag> overridden,
        int namesUpTo,
        DateOnly recordBefore)
    {
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

        foreach (var (deadlineId, unitId, late) in lateness)
        {
            At(deadlineId, unitId) = new StandingFacts(Submitted: true, Late: late, null, false, false, false, false);
        }

        // Oldest first: a unit's later status overwrites its earlier one.
        foreach (var s in states)
        {
            ref var f = ref At(s.DeadlineId, s.UnitId);
            f = f with { Status = s.State, Accepted = s.Accepted, Refused = s.Refused };
        }

        foreach (var (deadlineId, unitId, _) in pending)
        {
            ref var f = ref At(deadlineId, unitId);
            f = f with { ExtensionPending = true };
        }

        foreach (var (deadlineId, unitId, _) in denied)
        {
            ref var f = ref At(deadlineId, unitId);
            f = f with { ExtensionDenied = true };
        }

        // An extension whose own date is before the day has run out: the unit is overdue, not extended, and counts in the records.
        foreach (var (deadlineId, unitId, dueBefore) in overridden)
        {
            ref var f = ref At(deadlineId, unitId);
            f = f with { Extended = !dueBefore, ExtensionLapsed = dueBefore };
        }

        // Per unit: deadlines already due, and how many of them late or owing.
        var due = new int[allUnits.Count];
        var bad = new int[allUnits.Count];
        var counted = new List<DeadlineCounts>(list.Count);
        for (var d = 0; d < list.Count; d++)
        {
            var deadline = list[d];
            var at = deadlineAt[deadline.Id];
            var covered = Coverage(deadline, allUnits);
            var buckets = new int[BucketCount];
            var owing = new List<Unit>();
            var recorded = deadline.DueDate < recordBefore;
            var row = facts[at];
            for (var u = 0; u < allUnits.Count; u++)
            {
                if (covered is not null && !covered[u])
                {
                    continue;
                }

                var f = row[u];
                buckets[(int)f.Bucket]++;
                if (f.Owes && owing.Count < namesUpTo)
                {
                    owing.Add(allUnits[u]);
                }

                if (recorded && !f.Extended)
                {
                    due[u]++;
                    bad[u] += f.Late || f.Owes ? 1 : 0;
                }
            }

            counted.Add(new DeadlineCounts(deadline, buckets, owing));
        }

        var unitRecords = new List<UnitRecord>();
        for (var u = 0; u < allUnits.Count; u++)
        {
            if (due[u] > 0)
            {
                unitRecords.Add(new UnitRecord(allUnits[u], due[u], bad[u]));
            }
        }

        return new TallyCounts(counted, unitRecords, allUnits);
    }

    /// <summary>Which units the deadline covers, by position; null when it covers every unit (no test per unit).</summary>
    private static bool[]? Coverage(Deadline deadline, IReadOnlyList<Unit> allUnits)
    {
        if (deadline.Scope == DeadlineScope.All)
        {
            return null;
        }

        // A deadline for listed units asks its list once, not once per unit.
        var listed = deadline.Scope == DeadlineScope.Units ? deadline.UnitIds.ToHashSet() : null;
        var covered = new bool[allUnits.Count];
        for (var u = 0; u < allUnits.Count; u++)
        {
            covered[u] = listed?.Contains(allUnits[u].Id) ?? deadline.Covers(allUnits[u]);
        }

        return covered;
    }
}
