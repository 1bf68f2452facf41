using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// A table pasted into the chat box arrives on one line, its tabs and line breaks turned to spaces: "TT Nội dung Đơn
/// vị thực hiện Thời hạn 1 Báo cáo A Các chi, đảng bộ cơ sở 15/12/2026 2 …". Its rows are found again by their
/// numbers (1, 2, 3 … in order) and the date that ends each, and the spaces around them are put back as line breaks
/// and tabs, so the table is read as a table: the text keeps its length, so every position found in it stays right.
/// </summary>
internal static partial class OneLineTables
{
    /// <param name="unitNames">The store's names: a row's units' cell may start at a unit's name rather than a group.</param>
    public static string Restore(string text, UnitNameIndex? unitNames = null)
    {
        var folded = FoldedText.Of(text);
        var value = folded.Value;
        char[]? restored = null;
        foreach (Match header in HeaderRegex().Matches(value))
        {
            var lineEnd = value.IndexOf('\n', header.Index) is var e and >= 0 ? e : value.Length;
            var rows = new List<(int Number, int Due, int DueEnd, int? Units)>();
            var at = header.Index + header.Length;
            for (var n = 1; ; n++)
            {
                var number = RowNumberRegex().Match(value, at, lineEnd - at);
                // Row 1 follows the header straight away; each later row follows the date that ends the row before.
                if (!number.Success || number.Groups["n"].Value != n.ToString(System.Globalization.CultureInfo.InvariantCulture) || value[at..number.Index].Trim().Length > 0)
                {
                    break;
                }

                var bodyStart = number.Index + number.Length;
                var due = DueCellRegex().Match(value, bodyStart, lineEnd - bodyStart);
                if (!due.Success)
                {
                    break;
                }

                // "… Các chi, đảng bộ cơ sở 15/12/2026": the units' cell starts at the group the row names, not in the title.
                // "… Sở Y tế, Sở Tư pháp 15/12/2026": or at the first unit the store knows, so its name is not in the title.
                var groups = UnitGroups.In(value[bodyStart..due.Index]);
                // A unit the content names as its author or addressee ("Kết luận của Sở Y tế") is not where the cell starts.
                var unitsAt = groups.Count > 0 ? groups.Min(g => g.Start)
                    : unitNames?.FindAll(value, bodyStart, due.Index).Where(u => !NamedUnits.IsWhereToSend(value, u.Start) && !AuthorBefore().IsMatch(value[bodyStart..u.Start])).Select(u => u.Start - bodyStart).FirstOrDefault() ?? 0;
                // "Danh sách năm 2027 Đảng bộ Công ty Thủy điện Thác Bà, Sở Tư pháp": a unit the store does not know is a name of the cell too.
                if (groups.Count == 0 && Unknown(folded, bodyStart, unitsAt > 0 ? bodyStart + unitsAt : due.Index, unitsAt > 0) is { } unknown)
                {
                    unitsAt = unknown - bodyStart;
                }

                rows.Add((number.Groups["n"].Index, due.Index, due.Index + due.Length, unitsAt > 0 ? bodyStart + unitsAt : null));
                at = due.Index + due.Length;
            }

            if (rows.Count == 0)
            {
                continue;
            }

            restored ??= text.ToCharArray();
            Put(restored, folded, header.Groups["tt"].Index - 1, '\n');
            Put(restored, folded, header.Groups["content"].Index - 1, '\t');
            Put(restored, folded, header.Groups["due"].Index - 1, '\t');
            // The units' column only when every row shows where its units start: the due column keeps one place.
            var unitColumn = header.Groups["units"].Success && rows.All(r => r.Units is not null);
            if (unitColumn)
            {
                Put(restored, folded, header.Groups["units"].Index - 1, '\t');
            }

            foreach (var (number, due, dueEnd, unitsAt) in rows)
            {
                if (unitColumn)
                {
                    Put(restored, folded, unitsAt!.Value - 1, '\t');
                }

                Put(restored, folded, number - 1, '\n');
                Put(restored, folded, value.IndexOf(' ', number), '\t');
                Put(restored, folded, due - 1, '\t');
                // The last row's date cell ends the table: what follows is the letter again.
                Put(restored, folded, dueEnd < value.Length && value[dueEnd] is '.' or ';' ? dueEnd + 1 : dueEnd, '\n');
            }
        }

        return restored is null ? text : new string(restored);
    }

    /// <summary>
    /// Where a unit's name starts ("Đảng bộ …", "Chi bộ …", "Sở …", written with a capital) after the row's content and
    /// before <paramref name="end"/>: the units' cell or, when <paramref name="listed"/>, the list before a known unit.
    /// </summary>
    private static int? Unknown(FoldedText folded, int bodyStart, int end, bool listed)
    {
        var value = folded.Value;
        foreach (Match kind in UnitKindRegex().Matches(value[..end], bodyStart + 1))
        {
            var rest = value[(kind.Index + kind.Length)..end];
            if (char.IsUpper(folded.Original[folded.OriginalStart(kind.Index)]) && !NamedUnits.IsWhereToSend(value, kind.Index) && !AuthorBefore().IsMatch(value[bodyStart..kind.Index])
                && (listed ? ListedBefore().IsMatch(rest) : rest.Length > 0))
            {
                return kind.Index;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<=\s)(?:dang\s+bo|chi\s+bo|so|ban|cong\s+ty|truong|benh\s+vien)\s+(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex UnitKindRegex();

    // The name runs up to the separator before the known unit: "… Thác Bà, " or "… Thác Bà và ".
    [GeneratedRegex(@"^[^,;.]*?(?:,|;|\s+va)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ListedBefore();

    /// <summary>Only a space becomes a tab or a line break: the text's other characters never move.</summary>
    private static void Put(char[] text, FoldedText folded, int foldedAt, char with)
    {
        if (foldedAt < 0 || foldedAt >= folded.Value.Length)
        {
            return;
        }

        var at = folded.OriginalStart(foldedAt);
        if (at < text.Length && text[at] == ' ')
        {
            text[at] = with;
        }
    }

    private const string Figures = @"(?:(?:truoc|cham\s+nhat)\s+)?(?:ngay\s+)?[0-9]{1,2}\s?[/.\-]\s?[0-9]{1,2}(?:\s?[/.\-]\s?[0-9]{2,4})?";

    // A due cell: "15/12/2026 (thứ Hai)", "ngày 24 tháng 12 năm 2026", "Tháng 1/2027", "Trước tháng 1/2027", "Quý I/2027",
    // "Từ ngày 01/12 đến ngày 20/12/2026", "trước 20/12": each ends its row, so no row reads on into the next one's date.
    private const string Date = @"(?:(?:tu\s+)?" + Figures + @"\s+(?:den|toi)\s+(?:het\s+)?" + Figures
        + @"|" + Figures
        + @"|(?:ngay\s+)?[0-9]{1,2}\s+thang\s+[0-9]{1,2}(?:\s*,?\s*nam\s+[0-9]{4})?"
        + @"|(?:(?:truoc|trong)\s+)?(?:thang\s+[0-9]{1,2}|quy\s+(?:iv|i{1,3}|[1-4]))\s*(?:/|nam)\s*[0-9]{4})(?:\s*\([^)\n\t]{0,40}\))?";

    // "TT Nội dung (công việc) … Thời hạn": the header of a table whose tabs became spaces.
    [GeneratedRegex(@"(?<!\p{L})cua\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorBefore();

    [GeneratedRegex(@"(?<!\p{L})(?<tt>s?tt)\s+(?<content>noi\s+dung)(?!\p{L})[^\t\n]{0,80}?(?:\s(?<units>don\s+vi(?:\s+(?:thuc\s+hien|chu\s+tri|thuc\s+hien\s+chinh))?)(?!\p{L})[^\t\n]{0,40}?)?\s(?<due>thoi\s+han(?:\s+hoan\s+thanh)?|han\s+nop|thoi\s+gian\s+(?:hoan\s+thanh|nop))(?![\p{L}\t])(?=[^\t\n]*\s1\.?\s)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex HeaderRegex();

    [GeneratedRegex(@"\s(?<n>[0-9]{1,2})\.?\s+(?=\p{L})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RowNumberRegex();

    // The row's date cell: a date (its note in brackets too), maybe a second one after "và", before the next row or the end.
    [GeneratedRegex(@"(?<=\s)" + Date + @"(?:\s*(?:,|va|hoac)\s+" + Date + @")?(?=\s+[0-9]{1,2}\.?\s+\p{L}|[.;]?(?:\s|$))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Multiline)]
    private static partial Regex DueCellRegex();
}
