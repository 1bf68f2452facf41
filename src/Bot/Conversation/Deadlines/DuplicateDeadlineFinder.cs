using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// Open deadlines a new one would duplicate: the same units, the same due date and a near-same title (a double tap
/// on /giao, or the same letter read twice); with <c>near</c>, also a near-same title due within a week for units that
/// overlap. Callers ask before creating another.
/// </summary>
internal sealed class DuplicateDeadlineFinder(DeadlineStore deadlines, UnitStore units)
{
    /// <param name="near">
    /// Also the near misses a typed /giao makes: the same title and date for units one scope holds within the other
    /// ("tất cả các đơn vị" after the 74 chi, đảng bộ cơ sở), a title that begins an open one's ("Xây dựng báo cáo
    /// tự kiểm tra" beside "…, giám sát") for the same units due within two weeks of it, and a similar title
    /// (<see cref="TitleSimilarity.AreSimilar"/>) for overlapping units due within a week.
    /// </param>
    public async Task<IReadOnlyList<Deadline>> FindAsync(NewDeadline candidate, CancellationToken ct, bool near = false)
    {
        var open = (await deadlines.ListAsync(includeClosed: false, ct))
            .Where(d => d.DueDate == candidate.DueDate || (near && Math.Abs(d.DueDate.DayNumber - candidate.DueDate.DayNumber) <= NearDays)).ToList();
        if (open.Count == 0)
        {
            return [];
        }

        var all = await units.AllAsync(ct);
        var wanted = Covered(Probe(candidate), all);
        return open.Where(d =>
        {
            var covered = Covered(d, all);
            // One similarity for /giao and letters' "trùng": a title that dresses the other's words differently is the same paper.
            var sameDay = d.DueDate == candidate.DueDate && TitleSimilarity.AreSimilar(d.Title, candidate.Title);
            return (sameDay && covered.SetEquals(wanted))
                || (near && sameDay && (covered.IsSubsetOf(wanted) || wanted.IsSubsetOf(covered)))
                || (near && covered.SetEquals(wanted) && Begins(d.Title, candidate.Title))
                || (near && Math.Abs(d.DueDate.DayNumber - candidate.DueDate.DayNumber) <= OverlapDays && covered.Overlaps(wanted) &&
                    TitleSimilarity.AreSimilar(d.Title, candidate.Title));
        }).ToList();
    }

    /// <summary>
    /// The open deadline an extension letter's item moves: a similar title (the nearest first), every one of its units
    /// in the item's, due on any date (an extension may run weeks on); the closest due date among equals. Null when none.
    /// </summary>
    public async Task<Deadline?> ExtendedAsync(NewDeadline candidate, IReadOnlyList<Deadline> open, CancellationToken ct)
    {
        var all = await units.AllAsync(ct);
        var wanted = Covered(Probe(candidate), all);
        return open.Where(d => d.State == DeadlineState.Open && TitleSimilarity.AreSimilar(d.Title, candidate.Title) && Covered(d, all).IsSubsetOf(wanted))
            .OrderByDescending(d => TitleSimilarity.AreNearSame(d.Title, candidate.Title))
            .ThenBy(d => Math.Abs(d.DueDate.DayNumber - candidate.DueDate.DayNumber)).FirstOrDefault();
    }

    /// <summary>
    /// A closed or cancelled deadline the new one repeats exactly (the same units, the same due date, a near-same title):
    /// reopening it (/mohan) keeps its history, so the office is pointed to it before a copy is made. Null when none.
    /// </summary>
    public async Task<Deadline?> EndedTwinAsync(NewDeadline candidate, CancellationToken ct)
    {
        var ended = (await deadlines.ListAsync(includeClosed: true, ct))
            .Where(d => d.State != DeadlineState.Open && d.DueDate == candidate.DueDate && TitleSimilarity.AreSimilar(d.Title, candidate.Title)).ToList();
        if (ended.Count == 0)
        {
            return null;
        }

        var all = await units.AllAsync(ct);
        var wanted = Covered(Probe(candidate), all);
        return ended.OrderByDescending(d => d.Id).FirstOrDefault(d => Covered(d, all).SetEquals(wanted));
    }

    private static Deadline Probe(NewDeadline candidate) => new(0, candidate.Title, candidate.Kind, candidate.DueDate, candidate.Scope, candidate.ScopeKind, candidate.UnitIds,
        candidate.Recurrence, candidate.SourcePhrase, candidate.CreatedBy, default, DeadlineState.Open);

    /// <summary>
    /// " 2 đơn vị có ở cả hai việc: …" when the two deadlines share some units but neither holds the other's: the units
    /// that would be asked twice, so the office sees what the overlap is; empty otherwise.
    /// </summary>
    public static string Overlap(Deadline twin, Func<Unit, bool> covers, IReadOnlyList<Unit> all)
    {
        var twice = all.Where(u => twin.Covers(u) && covers(u)).ToList();
        var onlyNew = all.Count(u => covers(u) && !twin.Covers(u));
        var onlyOld = all.Count(u => twin.Covers(u) && !covers(u));
        if (twice.Count == 0 || onlyNew == 0 || onlyOld == 0)
        {
            return string.Empty;
        }

        var named = string.Join(", ", twice.Take(5).Select(u => u.Code)) + (twice.Count > 5 ? $" và {twice.Count - 5} đơn vị khác" : string.Empty);
        return $" {twice.Count} đơn vị có ở cả hai việc: {named}.";
    }

    /// <summary>How far apart two due dates may be for a near miss at all.</summary>
    public const int NearDays = 14;

    // A near-same title for units that overlap, due within a week: the same paper asked twice, not another round of it.
    private const int OverlapDays = 7;

    // One title's words are the first words of the other's: the shorter was typed from memory of the longer.
    private static bool Begins(string a, string b)
    {
        var (x, y) = (Words(a), Words(b));
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        // Strictly shorter: the same title on another day is another round of the same paper, not a slip.
        return shorter.Length >= 3 && shorter.Length < longer.Length && shorter.SequenceEqual(longer.Take(shorter.Length));
    }

    private static string[] Words(string title) =>
        QcdcBot.Storage.Text.VietnameseFold.Fold(title).Split([' ', ',', ';', '.', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries);

    // "tất cả" and the same units listed by name are the same scope: compare who is covered, not how it was written.
    private static HashSet<long> Covered(Deadline deadline, IReadOnlyList<Unit> all) =>
        all.Where(deadline.Covers).Select(u => u.Id).ToHashSet();
}
