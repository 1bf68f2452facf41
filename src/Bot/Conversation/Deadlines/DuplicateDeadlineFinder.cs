using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// Open deadlines a new one would duplicate: the same units, the same due date and a near-same title (a double tap
/// on /giao, or the same letter read twice). Callers ask before creating another.
/// </summary>
internal sealed class DuplicateDeadlineFinder(DeadlineStore deadlines, UnitStore units)
{
    public async Task<IReadOnlyList<Deadline>> FindAsync(NewDeadline candidate, CancellationToken ct)
    {
        var open = (await deadlines.ListAsync(includeClosed: false, ct)).Where(d => d.DueDate == candidate.DueDate).ToList();
        if (open.Count == 0)
        {
            return [];
        }

        var all = await units.AllAsync(ct);
        var probe = new Deadline(0, candidate.Title, candidate.Kind, candidate.DueDate, candidate.Scope, candidate.ScopeKind, candidate.UnitIds,
            candidate.Recurrence, candidate.SourcePhrase, candidate.CreatedBy, default, DeadlineState.Open);
        var wanted = Covered(probe, all);
        return open.Where(d => TitleSimilarity.AreNearSame(d.Title, candidate.Title) && Covered(d, all).SetEquals(wanted)).ToList();
    }

    // "tất cả" and the same units listed by name are the same scope: compare who is covered, not how it was written.
    private static HashSet<long> Covered(Deadline deadline, IReadOnlyList<Unit> all) =>
        all.Where(deadline.Covers).Select(u => u.Id).ToHashSet();
}
