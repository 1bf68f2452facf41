using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;

namespace QcdcBot.Scheduling.Digests;

/// <summary>
/// The numbers of a digest: every open deadline, every one closed in the past week, and the units that are late or
/// missing on most deadlines already due. Built from the same tallies as /tinhhinh, so the numbers always agree.
/// </summary>
internal sealed class DigestBuilder(DeadlineStore deadlines, TallyService tallies, OfficeClock clock)
{
    /// <summary>Above this many (a few phone screens), a deadline's missing units are counted, not named; the province's 77 are named.</summary>
    public const int MaxNamedMissing = 300;

    /// <summary>Above this many, only the worst habitually late units are named, with the count of all.</summary>
    public const int MaxNamedHabitual = 20;

    public async Task<DigestSnapshot> BuildAsync(CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var today = clock.Today;
        var all = await deadlines.ListAsync(includeClosed: true, ct);
        var entries = new List<DigestEntry>();
        var pastDue = new List<DeadlineTally>();
        foreach (var tally in await tallies.ForDeadlinesAsync(all.Where(d => d.State != DeadlineState.Cancelled).ToList(), withFiles: false, ct))
        {
            var deadline = tally.Deadline;
            if (deadline.DueDate < today)
            {
                pastDue.Add(tally);
            }

            var closedThisWeek = deadline.State == DeadlineState.Closed && deadline.ChangedAt is { } changed && now - changed <= TimeSpan.FromDays(7);
            if (deadline.State == DeadlineState.Open || closedThisWeek)
            {
                entries.Add(Entry(tally));
            }
        }

        var late = HabituallyLate(pastDue, today);
        return new DigestSnapshot(now, today, entries, late.Names, late.Count);
    }

    private static DigestEntry Entry(DeadlineTally t)
    {
        var statuses = t.StatusCounts;
        var missing = t.MissingUnits;
        return new DigestEntry(
            t.Deadline.Id, t.Deadline.Title, t.Deadline.DueDate, t.Deadline.State == DeadlineState.Closed, t.InScope, t.Submitted, t.OnTime, t.Late,
            t.Extended, statuses.GetValueOrDefault(StatusState.InProgress), statuses.GetValueOrDefault(StatusState.SentOnPaper),
            statuses.GetValueOrDefault(StatusState.SentViaIOffice), statuses.GetValueOrDefault(StatusState.NothingToReport), t.Silent,
            missing.Count > MaxNamedMissing ? [] : missing.Select(u => u.Unit.Name).ToList(), t.Excused, t.Deadline.LetterReference, t.ExtensionPending,
            statuses.GetValueOrDefault(StatusState.SentByEmail), missing.Count);
    }

    /// <summary>
    /// Late or missing (not excused) on more than half of at least two deadlines already due: every one by name, or
    /// past <see cref="MaxNamedHabitual"/> the worst ones (the largest share of deadlines missed), with the count.
    /// </summary>
    private static (List<string> Names, int Count) HabituallyLate(IReadOnlyList<DeadlineTally> pastDue, DateOnly today)
    {
        var counts = new Dictionary<long, (string Name, int Due, int Bad)>();
        foreach (var tally in pastDue)
        {
            // A unit whose extension has not run out yet is not counted for that deadline.
            foreach (var s in tally.Units.Where(s => s.DueDate < today))
            {
                var bad = s.Late || (!s.Submitted && !s.Excused);
                var (name, due, badCount) = counts.GetValueOrDefault(s.Unit.Id, (s.Unit.Name, 0, 0));
                counts[s.Unit.Id] = (name, due + 1, badCount + (bad ? 1 : 0));
            }
        }

        var late = counts.Values.Where(c => c.Due >= 2 && c.Bad * 2 > c.Due).ToList();
        var named = late.Count <= MaxNamedHabitual
            ? late.Select(c => c.Name).Order(StringComparer.Ordinal)
            : late.OrderByDescending(c => (double)c.Bad / c.Due).ThenByDescending(c => c.Bad).ThenBy(c => c.Name, StringComparer.Ordinal).Take(MaxNamedHabitual).Select(c => c.Name);
        return (named.ToList(), late.Count);
    }
}
