using System.Text.RegularExpressions;
using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// "Các đơn vị còn lại gửi … trước ngày 18/12/2026" after "Đảng bộ Sở Y tế, Chi bộ Báo Yên Bái gửi … trước ngày
/// 10/12/2026": the group less the units the letter names for its other items, said as /giao says it.
/// </summary>
internal sealed partial class ProposalBuilder
{
    /// <summary>
    /// "các đơn vị còn lại", "những chi bộ còn lại" in the clause before a due date, as written: read as its group alone
    /// (the letter's units, or the chi bộ), never as the subject of the clause before it ("Đảng bộ Sở Y tế gửi … trước
    /// ngày 15/12/2026, các đơn vị còn lại gửi trước ngày 22/12/2026"); null when the clause does not ask the rest.
    /// </summary>
    private static string? TheRestIn(string clause)
    {
        var folded = FoldedText.Of(clause);
        return TheRest().Match(folded.Value) is { Success: true } rest && rest.Groups["g"] is var g
            ? "các " + clause[folded.OriginalStart(g.Index)..folded.OriginalEnd(g.Index + g.Length)]
            : null;
    }

    /// <summary>Each item at <paramref name="rest"/> less the units named by the letter's other items.</summary>
    /// <param name="tableOf">The table an item's row stands in (see <see cref="TableRows.Around"/>), or null for prose.</param>
    private async Task<List<DraftDeadline>> LessTheNamedAsync(List<DraftDeadline> items, IReadOnlyCollection<int> rest, Func<int, (int Start, int End)?> tableOf, Func<DraftDeadline, Task<List<string>>> warnings, CancellationToken ct)
    {
        if (rest.Count == 0)
        {
            return items;
        }

        var all = await units.AllAsync(ct);
        var result = new List<DraftDeadline>(items);
        foreach (var at in rest)
        {
            var item = items[at];
            var group = new ParsedScope(item.Scope, item.ScopeKind, item.UnitIds);
            // "Các đơn vị gửi …" to a letter addressed to the chi, đảng bộ and the đoàn thể is the group itself (or the
            // group less a few), never units the letter names: only items given to named units are taken out.
            var groupIds = all.Where(group.Covers).Select(u => u.Id).ToHashSet();
            // Only the units named for the same paper (or in the clause just before): "riêng Đảng bộ Bệnh viện … gửi trước
            // ngày 23/12" for the báo cáo tổng kết leaves that unit among "các đơn vị còn lại" of the danh sách.
            // In a table, "Các đơn vị còn lại" in a row are the units no other row names, whatever each row asks: rows for
            // the Đoàn and for the Hội are both left out, never only the row just above.
            var table = tableOf(at);
            var named = items.Where((other, i) => !rest.Contains(i) && other.Scope == DeadlineScope.Units && other.ScopeCounted is null && !groupIds.IsSubsetOf(other.UnitIds)
                                                  && ((table is { } rows ? tableOf(i) == rows : i == at - 1) || SamePaper(other.Title, item.Title)))
                .SelectMany(i => i.UnitIds).ToHashSet();
            if (!groupIds.Overlaps(named))
            {
                continue;
            }

            var (kept, note) = Less(group, named, [], all);
            var less = item with { Scope = DeadlineScope.Units, ScopeKind = null, UnitIds = kept, ScopeCounted = note };
            result[at] = less with { Warnings = await warnings(less) };
        }

        return result;
    }

    private static bool SamePaper(string one, string other) =>
        string.Equals(VietnameseText.Fold(one).Trim(), VietnameseText.Fold(other).Trim(), StringComparison.Ordinal);

    [GeneratedRegex(@"(?<!\p{L})(?:cac|nhung)\s+(?<g>don\s+vi|chi\s*,\s*dang\s+bo(?:\s+co\s+so)?|chi\s+bo|dang\s+bo(?:\s+co\s+so)?|doan\s+the(?:\s+khoi)?)\s+con\s+lai(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TheRest();
}
