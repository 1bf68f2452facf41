using QcdcBot.Bot.Text;
using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>The items of a letter sent again matched to the deadlines they were created as.</summary>
internal sealed partial class ProposalBuilder
{
    /// <summary>
    /// Each item of <paramref name="draft"/> with the deadline created from it before (<see cref="LetterDraft.AlreadyCreated"/>),
    /// matched by title, due date and units together: an edited date or units ("sửa 2 trước 23/12/2026") or a new title
    /// ("sửa 2 tên …") do not hide it when the rest is the same.
    /// </summary>
    public async Task<LetterDraft> MatchCreatedAsync(LetterDraft draft, DateOnly today, CancellationToken ct)
    {
        if (draft.AlreadyCreated.Count == 0)
        {
            return draft;
        }

        var created = new List<Storage.Deadlines.Deadline>();
        foreach (var id in draft.AlreadyCreated)
        {
            if (await deadlines.GetAsync(id, ct) is { } deadline)
            {
                created.Add(deadline);
            }
        }

        // Every pair scored on title, due date and units together: a renamed item keeps its date and units, a moved one
        // its title. The best pairs are taken first, each deadline for one item.
        var pairs = draft.Items.SelectMany(i => created.Select(d => (Item: i, Deadline: d, Score: Likeness(i, d)))).Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score).ThenBy(p => p.Item.Number).ToList();
        var matched = new Dictionary<int, long>();
        foreach (var (item, deadline, _) in pairs)
        {
            if (!matched.ContainsKey(item.Number) && !matched.ContainsValue(deadline.Id))
            {
                matched[item.Number] = deadline.Id;
            }
        }

        var items = new List<DraftDeadline>();
        foreach (var item in draft.Items)
        {
            var marked = item with { CreatedAs = matched.TryGetValue(item.Number, out var id) ? id : null };
            items.Add(marked.CreatedAs == item.CreatedAs ? item : marked with { Warnings = await WarningsAsync(marked, today, ct, letterDate: draft.DatedOn) });
        }

        return draft with { Items = items };
    }

    /// <summary>How surely <paramref name="item"/> is <paramref name="deadline"/>: 0 unless its title is like the deadline's, or its date and units are the same.</summary>
    private static int Likeness(DraftDeadline item, Storage.Deadlines.Deadline deadline)
    {
        var title = DueHour.Titled(item);
        var titled = VietnameseFold.Fold(title) == VietnameseFold.Fold(deadline.Title) ? 3 : TitleSimilarity.AreNearSame(deadline.Title, title) ? 2 : TitleSimilarity.AreSimilar(deadline.Title, title) ? 1 : 0;
        var dated = item.Due == deadline.DueDate;
        var sameUnits = item.Scope == deadline.Scope && item.ScopeKind == deadline.ScopeKind && item.UnitIds.Order().SequenceEqual(deadline.UnitIds.Order());
        return titled > 0 || dated && sameUnits ? titled + (dated ? 2 : 0) + (sameUnits ? 2 : 0) : 0;
    }
}
