using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// Open deadlines a new one would duplicate: the same units, the same due date and a near-same title (a double tap
/// on /giao, or the same letter read twice); /giao asks by <see cref="TwinsAsync"/>, letters by <see cref="FindAsync"/>
/// (with <c>near</c>, also a near-same title due within a week for units that overlap). Callers ask before creating another.
/// </summary>
internal sealed class DuplicateDeadlineFinder(DeadlineStore deadlines, UnitStore units)
{
    /// <param name="near">
    /// Also the near misses a letter's item may be (/giao asked by them once; it now asks by <see cref="TwinsAsync"/> only): the same title and date for units one scope holds within the other
    /// ("tất cả các đơn vị" after the 74 chi, đảng bộ cơ sở), a title that begins an open one's ("Xây dựng báo cáo
    /// tự kiểm tra" beside "…, giám sát") for the same units due within two weeks of it, and a similar title
    /// (<see cref="TitleSimilarity.AreSimilar"/>) for overlapping units due within a week.
    /// </param>
    public async Task<IReadOnlyList<Deadline>> FindAsync(NewDeadline candidate, CancellationToken ct, bool near = false)
    {
        return await MatchingAsync(candidate, near ? NearDays : 0, (d, covered, wanted) =>
        {
            // One similarity for /giao and letters' "trùng": a title that dresses the other's words differently is the same paper.
            var sameDay = d.DueDate == candidate.DueDate && TitleSimilarity.AreSimilar(d.Title, candidate.Title);
            return (sameDay && covered.SetEquals(wanted))
                || (near && sameDay && (covered.IsSubsetOf(wanted) || wanted.IsSubsetOf(covered)))
                || (near && covered.SetEquals(wanted) && Begins(d.Title, candidate.Title))
                || (near && Math.Abs(d.DueDate.DayNumber - candidate.DueDate.DayNumber) <= OverlapDays && covered.Overlaps(wanted) &&
                    TitleSimilarity.AreSimilar(d.Title, candidate.Title));
        }, ct);
    }

    /// <summary>
    /// What /giao asks about before creating (issue 12 point 8): an open deadline due the same day with a near-same title
    /// (<see cref="TitleSimilarity.AreSimilar"/>: diacritics and the office's shorthand, "kq" for "kết quả", change
    /// nothing) for the same units, or for units one scope holds within the other ("tất cả" after the 74 chi, đảng bộ
    /// cơ sở: the same paper asked twice of the units in both). Another due date, or units neither scope holds, is
    /// another deadline, created without asking.
    /// </summary>
    public Task<IReadOnlyList<Deadline>> TwinsAsync(NewDeadline candidate, CancellationToken ct) =>
        MatchingAsync(candidate, 0, (d, covered, wanted) => TitleSimilarity.AreSimilar(d.Title, candidate.Title) &&
            (covered.IsSubsetOf(wanted) || wanted.IsSubsetOf(covered)), ct);

    private async Task<IReadOnlyList<Deadline>> MatchingAsync(NewDeadline candidate, int days, Func<Deadline, HashSet<long>, HashSet<long>, bool> matches, CancellationToken ct)
    {
        var open = (await deadlines.ListAsync(includeClosed: false, ct))
            .Where(d => Math.Abs(d.DueDate.DayNumber - candidate.DueDate.DayNumber) <= days).ToList();
        if (open.Count == 0)
        {
            return [];
        }

        var all = await units.AllAsync(ct);
        var wanted = Covered(Probe(candidate), all);
        return open.Where(d => matches(d, Covered(d, all), wanted)).ToList();
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
