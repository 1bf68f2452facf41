using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// A letter sent again with the same number and a new date replaces its waiting proposal: the admin's edits ("sửa 2
/// tên …", "sửa 3 trước …", "sửa 1 cho …") move to the new item read from the same sentence (its date aside), and
/// an edit with no such item is named, never lost silently.
/// </summary>
internal static partial class EditsCarried
{
    public const string Title = "tên";
    public const string Due = "hạn";
    public const string Units = "đơn vị";

    /// <returns>The new items, edits applied, and one line per old edited item: where its edits went, or that they could not.</returns>
    public static (List<DraftDeadline> Items, List<string> Notes) Apply(IEnumerable<DraftDeadline> old, IReadOnlyList<DraftDeadline> items)
    {
        var result = items.ToList();
        var notes = new List<string>();
        foreach (var before in old.Where(i => i.Edited.Count > 0))
        {
            var at = result.FindIndex(i => i.Quote == before.Quote);
            if (at < 0)
            {
                at = result.FindIndex(i => Undated(i.Quote) == Undated(before.Quote));
            }

            var edits = string.Join(", ", before.Edited);
            if (at < 0)
            {
                notes.Add($"Sửa ở mục {before.Number} cũ không áp được ({edits}): văn bản mới không còn câu \"{before.Quote}\"; sửa lại nếu cần.");
                continue;
            }

            var item = result[at];
            item = before.Edited.Contains(Title) ? item with { Title = before.Title } : item;
            item = before.Edited.Contains(Due) ? item with { Due = before.Due, SourcePhrase = before.SourcePhrase, Correction = null } : item;
            item = before.Edited.Contains(Units) ? item with { Scope = before.Scope, ScopeKind = before.ScopeKind, UnitIds = before.UnitIds, Unmatched = before.Unmatched, ScopeCounted = before.ScopeCounted } : item;
            result[at] = item with { Edited = before.Edited };
            notes.Add($"Sửa ở mục {before.Number} cũ ({edits}) được giữ ở mục {item.Number}.");
        }

        return (result, notes);
    }

    /// <summary>The sentence without its dates: the new letter may have moved the date the admin had edited.</summary>
    private static string Undated(string quote) => Dates().Replace(VietnameseText.Fold(quote), "#");

    [GeneratedRegex(@"[0-9]+(?:\s?[/.\-]\s?[0-9]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Dates();
}
