using QcdcBot.Bot.Text;
using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>The items of a letter sent again matched to the deadlines they were created as.</summary>
internal sealed partial class ProposalBuilder
{
    /// <summary>
    /// Each item of <paramref name="draft"/> with the deadline created from it before (<see cref="LetterDraft.AlreadyCreated"/>),
    /// matched by title: the same title first, then a near-same one, each deadline to one item in the letter's order.
    /// An edited date or units do not hide it ("sửa 2 trước 23/12/2026" then the same file again).
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

        var matched = new Dictionary<int, long>();
        foreach (var same in new Func<string, string, bool>[] { (a, b) => VietnameseFold.Fold(a) == VietnameseFold.Fold(b), TitleSimilarity.AreNearSame, TitleSimilarity.AreSimilar })
        {
            foreach (var item in draft.Items.Where(i => !matched.ContainsKey(i.Number)))
            {
                if (created.FirstOrDefault(d => !matched.ContainsValue(d.Id) && same(d.Title, DueHour.Titled(item))) is { } deadline)
                {
                    matched[item.Number] = deadline.Id;
                }
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
}
