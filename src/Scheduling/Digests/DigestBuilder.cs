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

        return new DigestSnapshot(now, today, entries, HabituallyLate(pastDue, today));
    }

    private static DigestEntry Entry(DeadlineTally t)
    {
        var statuses = t.StatusCounts;
        return new DigestEntry(
            t.Deadline.Id, t.Deadline.Title, t.Deadline.DueDate, t.Deadline.State == DeadlineState.Closed, t.InScope, t.Submitted, t.OnTime, t.Late,
            t.Extended, statuses.GetValueOrDefault(StatusState.InProgress), statuses.GetValueOrDefault(StatusState.SentOnPaper),
            statuses.GetValueOrDefault(StatusState.SentViaIOffice), statuses.GetValueOrDefault(StatusState.NothingToReport), t.Silent,
            t.MissingUnits.Select(u => u.Unit.Name).ToList(), t.Excused, t.Deadline.LetterReference, t.ExtensionPending,
            statuses.GetValueOrDefault(StatusState.SentByEmail));
    }

    /// <summary>Late or missing (not excused) on more than half of at least two deadlines already due.</summary>
    private static List<string> HabituallyLate(IReadOnlyList<DeadlineTally> pastDue, DateOnly today)
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

        return counts.Values.Where(c => c.Due >= 2 && c.Bad * 2 > c.Due).Select(c => c.Name).Order(StringComparer.Ordinal).ToList();
    }
}
