using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// Deadlines written as a label and a date ("Hạn nộp báo cáo thi đua: 28/12/2026", "Thời hạn hoàn thành: 15/12"), and
/// bare dates in a table's "Thời hạn" / "Hạn nộp" / "Thời gian hoàn thành" column: the date does not follow "trước" or
/// "hạn" directly, yet a clerk reads it as the due date. Read as "trước &lt;date&gt;" would be.
/// </summary>
internal static partial class LabelledDeadlines
{
    /// <summary>The keyword of a "Tháng 1/2027" cell: its date is the month's last day, to be moved to a working day.</summary>
    public const string MonthOnly = "tháng";

    public static IReadOnlyList<DateParseResult> FindAll(string text, DateOnly today, DateOnly? documentDate)
    {
        var folded = FoldedText.Of(text);
        var value = folded.Value;
        var found = new List<DateParseResult>();
        // "Thời hạn nộp báo cáo sơ kết: tháng 6/2026": a month without a day, as in a table's due-date cell.
        foreach (Match label in MonthLabelRegex().Matches(value))
        {
            var month = label.Groups["month"];
            AddMonth(found, folded, month.Index, month.Length, label, today, documentDate);
        }

        foreach (Match label in LabelRegex().Matches(value))
        {
            Add(found, folded, label.Groups["date"].Index, today, documentDate);
        }

        // A table row is a line of tab-separated cells; the column is the one whose header names a due date.
        int? column = null;
        for (var lineStart = 0; lineStart < value.Length;)
        {
            var lineEnd = value.IndexOf('\n', lineStart) is var end and >= 0 ? end : value.Length;
            if (value.IndexOf('\t', lineStart, lineEnd - lineStart) < 0)
            {
                column = null;
            }
            else
            {
                var cells = value[lineStart..lineEnd].Split('\t');
                var header = Array.FindIndex(cells, c => ColumnRegex().IsMatch(c.Trim()));
                if (header >= 0)
                {
                    column = header;
                }
                else if (column is { } at && at < cells.Length && BareDateRegex().Match(cells[at]) is { Success: true } date)
                {
                    var cellStart = lineStart + cells.Take(at).Sum(c => c.Length + 1);
                    Add(found, folded, cellStart + date.Groups["date"].Index, today, documentDate);
                }
                else if (column is { } monthAt && monthAt < cells.Length && MonthCellRegex().Match(cells[monthAt]) is { Success: true } month)
                {
                    var cellStart = lineStart + cells.Take(monthAt).Sum(c => c.Length + 1);
                    AddMonth(found, folded, cellStart + month.Index, month.Length, month, today, documentDate);
                }
            }

            lineStart = lineEnd + 1;
        }

        return found;
    }

    private static void Add(List<DateParseResult> found, FoldedText folded, int foldedDate, DateOnly today, DateOnly? documentDate)
    {
        const string Keyword = "trước ";
        var start = folded.OriginalStart(foldedDate);
        var date = folded.Original[start..Math.Min(folded.Original.Length, start + 40)];
        if (DatePhraseParser.FindAll(Keyword + date, today, documentDate) is [{ Phrase: { Start: 0 } phrase } first, ..])
        {
            found.Add(first with { Phrase = phrase with { Start = start, Length = phrase.Length - Keyword.Length } });
        }
    }

    /// <summary>"Tháng 1/2027": read as "trước 1/1/2027" for its year, then its last day.</summary>
    /// <param name="month">A match with the month ("m") and maybe the year ("y"); <paramref name="foldedStart"/> and
    /// <paramref name="length"/> are where "tháng …" is written.</param>
    private static void AddMonth(List<DateParseResult> found, FoldedText folded, int foldedStart, int length, Match month, DateOnly today, DateOnly? documentDate)
    {
        var written = $"1/{month.Groups["m"].Value}{(month.Groups["y"].Success ? "/" + month.Groups["y"].Value : string.Empty)}";
        if (DatePhraseParser.FindAll("trước " + written, today, documentDate) is [{ Date: { } first, Phrase: { } phrase } read, ..])
        {
            var start = folded.OriginalStart(foldedStart);
            var last = new DateOnly(first.Year, first.Month, DateTime.DaysInMonth(first.Year, first.Month));
            found.Add(read with { Date = last, Phrase = phrase with { Start = start, Length = folded.OriginalEnd(foldedStart + length) - start, Keyword = MonthOnly, Day = last.Day } });
        }
    }

    private const string Date = @"(?<date>[0-9]{1,2}(?:[/.\-][0-9]{1,2}(?:[/.\-][0-9]{2,4})?|\s+thang\s+[0-9]{1,2}))";

    // "Hạn nộp báo cáo thi đua: 28/12/2026", "Thời hạn hoàn thành: ngày 15/12/2026", "Thời gian nộp: 20/12".
    [GeneratedRegex(@"(?<!\p{L})(?:thoi\s+han|han\s+(?:nop|gui|hoan\s+thanh|bao\s+cao)|thoi\s+gian\s+(?:nop|gui|hoan\s+thanh))[^:\n\t]{0,80}:\s*(?:la\s+)?(?:ngay\s+)?" + Date, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"(?<!\p{L})(?:thoi\s+han|han\s+(?:nop|gui|hoan\s+thanh|bao\s+cao)|thoi\s+gian\s+(?:nop|gui|hoan\s+thanh))[^:\n\t]{0,80}:\s*(?:trong\s+)?(?<month>thang\s+(?<m>[0-9]{1,2})(?:\s*(?:/|nam)\s*(?<y>[0-9]{4}))?)(?![0-9/])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthLabelRegex();

    [GeneratedRegex(@"^(?:thoi\s+han|han\s+(?:nop|chot|hoan\s+thanh)|thoi\s+gian\s+(?:nop|gui|hoan\s+thanh))(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnRegex();

    [GeneratedRegex(@"(?<=^\s*)thang\s+(?<m>[0-9]{1,2})(?:\s*(?:/|nam)\s*(?<y>[0-9]{4}))?(?=[\s.]*$)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthCellRegex();

    [GeneratedRegex(@"^\s*(?:ngay\s+)?" + Date + @"[\s.]*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BareDateRegex();
}
