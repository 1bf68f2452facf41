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
        var taken = new HashSet<int>();
        foreach (var before in old.Where(i => i.Edited.Count > 0))
        {
            var at = result.FindIndex(i => i.Quote == before.Quote);
            if (at < 0)
            {
                at = result.FindIndex(i => Undated(i.Quote) == Undated(before.Quote));
            }

            // "Hồ sơ" become "Hồ sơ thi đua" in the same row: the one new item of the same written date and units is the same item.
            if (at < 0 && result.Select((i, n) => (i, n)).Where(c => !taken.Contains(c.n) && DatesOf(c.i.Quote) == DatesOf(before.Quote) && DatesOf(before.Quote).Length > 0
                    && (before.Edited.Contains(Units) || c.i.Scope == before.Scope && c.i.ScopeKind == before.ScopeKind && c.i.UnitIds.SequenceEqual(before.UnitIds))).ToList() is [var same])
            {
                at = same.n;
            }

            taken.Add(at);

            if (at < 0)
            {
                notes.Add($"Sửa ở mục {before.Number} cũ không áp được ({string.Join(", ", before.Edited)}): văn bản mới không còn câu \"{before.Quote}\"; sửa lại nếu cần.");
                continue;
            }

            var item = result[at];
            // The corrected letter writes another date than the one the admin fixed: the letter's new date wins.
            var redated = before.Edited.Contains(Due) && item.Due is not null && DatesOf(item.Quote) != DatesOf(before.Quote);
            IReadOnlyList<string> kept = redated ? [.. before.Edited.Where(e => e != Due)] : before.Edited;
            item = kept.Contains(Title) ? item with { Title = before.Title } : item;
            item = kept.Contains(Due) ? item with { Due = before.Due, SourcePhrase = before.SourcePhrase, Correction = null } : item;
            item = kept.Contains(Units) ? item with { Scope = before.Scope, ScopeKind = before.ScopeKind, UnitIds = before.UnitIds, Unmatched = before.Unmatched, ScopeCounted = before.ScopeCounted } : item;
            result[at] = item with { Edited = kept };
            if (kept.Count > 0)
            {
                notes.Add($"Sửa ở mục {before.Number} cũ ({string.Join(", ", kept)}) được giữ ở mục {item.Number}.");
            }

            if (redated)
            {
                notes.Add($"Hạn ở mục {before.Number} cũ đã sửa thành {VietnameseWording.Date(before.Due!.Value)}, nhưng văn bản mới ghi \"{item.SourcePhrase}\": mục {item.Number} theo văn bản mới ({VietnameseWording.Date(item.Due!.Value)}); muốn giữ ngày đã sửa, gõ \"sửa {item.Number} trước {VietnameseWording.Date(before.Due!.Value)}\".");
            }
        }

        return (result, notes);
    }

    /// <summary>
    /// The dates the sentence writes, in order, as day/month/year: "25/12/2026" and "ngày 25 tháng 12 năm 2026" are the
    /// same date; changed only when the letter itself moved it.
    /// </summary>
    private static string DatesOf(string quote) => string.Join(' ', DayMonths().Matches(VietnameseText.Fold(quote))
        .Select(m => $"{int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture)}/{int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture)}/{m.Groups["y"].Value}"));

    /// <summary>The sentence without its dates, however written: the new letter may have moved the date the admin had edited.</summary>
    private static string Undated(string quote) => Dates().Replace(DayMonths().Replace(VietnameseText.Fold(quote), "#"), "#");

    [GeneratedRegex(@"[0-9]+(?:\s?[/.\-]\s?[0-9]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Dates();

    [GeneratedRegex(@"(?<d>[0-9]{1,2})(?:\s?[/.\-]\s?|\s+thang\s+)(?<m>[0-9]{1,2})(?:(?:\s?[/.\-]\s?|\s+nam\s+)(?<y>[0-9]{2,4}))?", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonths();
}
