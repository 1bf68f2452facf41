using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Units;

namespace QcdcBot.Scheduling.Digests;

/// <summary>
/// The numbers of a digest: every open deadline, every one closed in the past week, and the units that are late or
/// missing on most deadlines already due. Counted by the same bucket rules as the full tallies of /tinhhinh and /chuanop, so the numbers always agree,
/// without reading every submission and status (national size).
/// </summary>
internal sealed class DigestBuilder(DeadlineStore deadlines, UnitStore units, TallyCounter counter, OfficeClock clock)
{
    /// <summary>Above this many (a few phone screens), a deadline's missing units are counted, not named; the province's 77 are named.</summary>
    public const int MaxNamedMissing = 300;

    /// <summary>Above this many, only the worst habitually late units are named, with the count of all.</summary>
    public const int MaxNamedHabitual = 20;

    public Task<DigestSnapshot> BuildAsync(CancellationToken ct = default) => BuildAsync(all => all, ct);

    /// <summary>The digest of the first open deadline only (none when none is open): the same code as the whole one, for the start-up warm-up.</summary>
    internal Task<DigestSnapshot> SampleAsync(CancellationToken ct) =>
        BuildAsync(all => all.Where(d => d.State == DeadlineState.Open).Take(1).ToList(), ct);

    private async Task<DigestSnapshot> BuildAsync(Func<IReadOnlyList<Deadline>, IReadOnlyList<Deadline>> pick, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var today = clock.Today;
        var all = pick(await deadlines.ListAsync(includeClosed: true, ct));
        var counts = await counter.CountAsync(all.Where(d => d.State != DeadlineState.Cancelled).ToList(), MaxNamedMissing, today, ct);
        var entries = new List<DigestEntry>();
        foreach (var deadlineCounts in counts.Deadlines)
        {
            var deadline = deadlineCounts.Deadline;
            var closedThisWeek = deadline.State == DeadlineState.Closed && deadline.ChangedAt is { } changed && now - changed <= TimeSpan.FromDays(7);
            if (deadline.State == DeadlineState.Open || closedThisWeek)
            {
                entries.Add(Entry(deadlineCounts));
            }
        }

        var cancelled = all.Where(d => d.State == DeadlineState.Cancelled && d.ChangedAt is { } at && now - at <= TimeSpan.FromDays(7)).Select(d => $"#{d.Id} {d.Title}").ToList();
        var late = HabituallyLate(counts.Records);
        var (withWork, inAll) = UnitsWithOpenWork(all.Where(d => d.State == DeadlineState.Open).ToList(), counts.Units ?? await units.AllAsync(ct));
        return new DigestSnapshot(now, today, entries, late.Names, late.Count, cancelled.Count > 0 ? cancelled : null, withWork, inAll);
    }

    /// <summary>
    /// How many units at least one open deadline is given to, beside how many there are: no deadline's own count is
    /// the office's total (one is for the chi bộ only, another leaves a unit out), so the digest says both.
    /// </summary>
    private static (int WithWork, int InAll) UnitsWithOpenWork(IReadOnlyList<Deadline> open, IReadOnlyList<Unit> all)
    {
        // Named lists as sets: a national office is thousands of units times dozens of deadlines.
        var named = open.Where(d => d.Scope == DeadlineScope.Units).Select(d => d.UnitIds.ToHashSet()).ToList();
        var others = open.Where(d => d.Scope != DeadlineScope.Units).ToList();
        var withWork = 0;
        foreach (var unit in all)
        {
            if (named.Exists(set => set.Contains(unit.Id)) || others.Exists(d => d.Covers(unit)))
            {
                withWork++;
            }
        }

        return (withWork, all.Count);
    }

    private static DigestEntry Entry(DeadlineCounts t)
    {
        var statuses = t.StatusCounts;
        return new DigestEntry(
            t.Deadline.Id, t.Deadline.Title, t.Deadline.DueDate, t.Deadline.State == DeadlineState.Closed, t.InScope, t.Submitted, t.OnTime, t.Late,
            t.Extended, statuses.GetValueOrDefault(StatusState.InProgress), statuses.GetValueOrDefault(StatusState.SentOnPaper),
            statuses.GetValueOrDefault(StatusState.SentViaIOffice), statuses.GetValueOrDefault(StatusState.NothingToReport), t.Silent,
            t.Missing > MaxNamedMissing ? [] : t.Owing.Select(u => u.Name).ToList(), t.Excused, t.Deadline.LetterReference, t.ExtensionPending,
            statuses.GetValueOrDefault(StatusState.SentByEmail), t.Missing).WithOwedAfterRefusal(t.OwedAfterRefusal);
    }

    /// <summary>
    /// Late or missing (not excused) on more than half of at least two deadlines already due: every one by name, or
    /// past <see cref="MaxNamedHabitual"/> the worst ones (the largest share of deadlines missed), with the count.
    /// </summary>
    /// <remarks>
    /// Loops and a sort over the records themselves, not LINQ over value tuples: generic code over a tuple cannot be
    /// precompiled (ReadyToRun), so the published bot compiled it on the first /tonghop after every start.
    /// </remarks>
    private static (List<string> Names, int Count) HabituallyLate(IReadOnlyList<UnitRecord> records)
    {
        // A unit whose extension has not run out yet is not counted for that deadline (the counter leaves it out).
        var late = new List<UnitRecord>();
        foreach (var r in records)
        {
            if (r.Due >= 2 && r.Bad * 2 > r.Due)
            {
                late.Add(r);
            }
        }

        if (late.Count > MaxNamedHabitual)
        {
            // The worst first: the largest share of deadlines missed, then the most missed, then by name.
            late.Sort((a, b) =>
                ((double)b.Bad / b.Due).CompareTo((double)a.Bad / a.Due) is var share and not 0 ? share
                : b.Bad != a.Bad ? b.Bad.CompareTo(a.Bad)
                : string.CompareOrdinal(a.Unit.Name, b.Unit.Name));
        }

        var named = Math.Min(late.Count, MaxNamedHabitual);
        var names = new List<string>(named);
        for (var i = 0; i < named; i++)
        {
            names.Add(late[i].Unit.Name);
        }

        if (late.Count <= MaxNamedHabitual)
        {
            names.Sort(StringComparer.Ordinal);
        }

        return (names, late.Count);
    }
}
