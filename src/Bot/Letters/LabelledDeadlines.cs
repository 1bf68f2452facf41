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

    /// <summary>The keyword of "gửi báo cáo Quý IV/2026" ending a sentence: the quarter's last day, the quarter in the title.</summary>
    public const string OfAQuarter = "quý";

    /// <summary>The keyword of "trước ngày 20 hằng tháng": a standing rule, read as its next day after the letter.</summary>
    public const string Monthly = "hằng tháng";

    /// <summary>The keyword of "trước ngày 15 của tháng cuối quý", "hằng quý": read as its next day after the letter.</summary>
    public const string Quarterly = "hằng quý";

    /// <summary>The keyword of a due cell holding a period ("Từ ngày 01/12 đến ngày 20/12/2026"): its end is the due date.</summary>
    public const string PeriodEnd = "đến";

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
            // "Hạn cuối nộp báo cáo H là ngày 17/12/2026", "…: ngày 17/12/2026": the phrase starts at "là" or after the
            // colon, so the title ends before it.
            Add(found, folded, label.Groups["date"].Index, today, documentDate, label.Groups["la"].Success ? label.Groups["la"].Index : label.Groups["at"].Index);
        }

        // "Các đơn vị hoàn thành kiểm điểm trong tháng 12/2026.", "… gửi báo cáo trong quý I/2027.": a period ending
        // the sentence after what is to be sent or done.
        foreach (Match period in RunningPeriodRegex().Matches(value))
        {
            var at = period.Groups["period"];
            AddMonth(found, folded, at.Index, at.Length, period, today, documentDate);
        }

        // "trước tháng 1/2027" is by the last day of December 2026; "trước cuối tháng 12/2026", "chậm nhất tháng 12/2026"
        // by the month's end: read as the month's last working day, the reading shown on the item.
        foreach (Match month in BeforeAMonthRegex().Matches(value))
        {
            AddMonth(found, folded, month.Index, month.Length, month, today, documentDate, before: month.Groups["kw"].Value == "truoc" && !month.Groups["end"].Success);
        }

        // "Các đơn vị gửi báo cáo Quý IV/2026.": the paper of a quarter, due by its end; its title keeps the quarter. Not
        // "… chưa gửi báo cáo quý III năm 2026", "đã gửi …": what units have or have not done; nor the "V/v" line.
        foreach (Match period in PaperQuarterRegex().Matches(value))
        {
            var at = period.Groups["period"];
            AddMonth(found, folded, at.Index, at.Length, period, today, documentDate, OfAQuarter);
        }

        // "gửi báo cáo sáng kiến vào thứ Sáu, ngày 11/12/2026", "trước thứ Hai, ngày 14/12/2026": a weekday before the date.
        foreach (Match dated in WeekdayRegex().Matches(value))
        {
            // "gửi đại biểu dự hội nghị vào thứ Sáu, …" is the meeting's day, not a due date (named under the proposal).
            var clause = value[ClauseStart(value, dated.Index)..dated.Index];
            if (dated.Groups["kw"].Value != "vao" || SendingVerbRegex().IsMatch(clause) && !MeetingRegex().IsMatch(clause))
            {
                Add(found, folded, dated.Groups["date"].Index, today, documentDate, dated.Index);
            }
        }

        // "chậm nhất trong ngày 18/12/2026"; "Đảng bộ Sở Y tế được lùi đến ngày 22/12/2026" (a unit's own later date).
        foreach (Match within in WithinOrMovedRegex().Matches(value))
        {
            // "Hội nghị tổng kết được lùi đến ngày 20/12/2026" moves a meeting, not a unit's paper; "gửi đại biểu dự hội nghị
            // trong ngày 15/12/2026" is the meeting's day.
            var meetingDay = within.Groups["moved"].Success || within.Groups["at"].Value == "trong";
            if (!meetingDay || !MeetingRegex().IsMatch(value[ClauseStart(value, within.Index)..within.Index]))
            {
                Add(found, folded, within.Groups["date"].Index, today, documentDate, within.Groups["at"].Index);
            }
        }

        // "trước ngày 20 hằng tháng", "chậm nhất ngày 05 hàng tháng", "trước ngày 15 của tháng cuối quý": a standing rule,
        // of which the next day after the letter is proposed (with a note saying so), never dropped silently.
        foreach (Match every in RecurringRegex().Matches(value))
        {
            AddRecurring(found, folded, every, today, documentDate);
        }

        // "trước ngày 15/12/206": a year that no letter means, kept as an item without a date so the clerk is told.
        foreach (Match bad in BadYearRegex().Matches(value))
        {
            var start = folded.OriginalStart(bad.Index);
            var year = int.Parse(bad.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var phrase = new DatePhrase(start, folded.OriginalEnd(bad.Index + bad.Length) - start, "trước", int.Parse(bad.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(bad.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture), year);
            found.Add(new DateParseResult(null, phrase, DateProblem.ImpossibleDate, false, []));
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
                else if (column is { } periodAt && periodAt < cells.Length && PeriodCellRegex().Match(cells[periodAt]) is { Success: true } period)
                {
                    // The time to finish given as a period: the work is due when it ends (a period in prose stays none).
                    var cellStart = lineStart + cells.Take(periodAt).Sum(c => c.Length + 1);
                    Add(found, folded, cellStart + period.Groups["date"].Index, today, documentDate, cellStart + period.Index, PeriodEnd);
                }
                else if (column is { } monthAt && monthAt < cells.Length && MonthCellRegex().Match(cells[monthAt]) is { Success: true } month)
                {
                    var cellStart = lineStart + cells.Take(monthAt).Sum(c => c.Length + 1);
                    AddMonth(found, folded, cellStart + month.Index, month.Length, month, today, documentDate);
                }
            }

            lineStart = lineEnd + 1;
        }

        // "Thời gian hoàn thành: trong tháng 2/2027" is a label and a running period at once: read once, as the label.
        var once = new List<DateParseResult>();
        foreach (var result in found)
        {
            var phrase = result.Phrase!;
            if (!once.Any(o => o.Phrase!.Start < phrase.Start + phrase.Length && phrase.Start < o.Phrase.Start + o.Phrase.Length))
            {
                once.Add(result);
            }
        }

        return once;
    }

    /// <param name="foldedPhrase">Where the phrase starts when its words come before the date ("vào thứ Sáu, ngày …").</param>
    /// <param name="keyword">The phrase's keyword when it is not read as "trước" (<see cref="PeriodEnd"/>).</param>
    internal static void Add(List<DateParseResult> found, FoldedText folded, int foldedDate, DateOnly today, DateOnly? documentDate, int? foldedPhrase = null, string? keyword = null)
    {
        const string Keyword = "trước ";
        var start = folded.OriginalStart(foldedDate);
        var date = folded.Original[start..Math.Min(folded.Original.Length, start + 40)];
        if (DatePhraseParser.FindAll(Keyword + date, today, documentDate) is [{ Phrase: { Start: 0 } phrase } first, ..])
        {
            var phraseStart = foldedPhrase is { } at ? folded.OriginalStart(at) : start;
            found.Add(first with { Phrase = phrase with { Start = phraseStart, Length = start - phraseStart + phrase.Length - Keyword.Length, Keyword = keyword ?? phrase.Keyword } });
        }
    }

    /// <summary>The first day of a monthly or quarterly rule after the letter's date, as "trước d/m/y" would read it.</summary>
    private static void AddRecurring(List<DateParseResult> found, FoldedText folded, Match every, DateOnly today, DateOnly? documentDate)
    {
        var day = int.Parse(every.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (day is < 1 or > 31)
        {
            return;
        }

        var quarterly = every.Groups["quarter"].Success;
        var from = documentDate ?? today;
        // "ngày 31 hằng tháng" in a month of 30 days is its last day.
        DateOnly InMonth(DateOnly month) => new(month.Year, month.Month, Math.Min(day, DateTime.DaysInMonth(month.Year, month.Month)));
        var next = InMonth(new DateOnly(from.Year, from.Month, 1));
        // The last month of a quarter, or the first of the next one ("ngày 10 tháng đầu của quý sau").
        var monthOfQuarter = every.Groups["first"].Success ? 1 : 0;
        while (quarterly && next.Month % 3 != monthOfQuarter || next <= from)
        {
            next = InMonth(new DateOnly(next.Year, next.Month, 1).AddMonths(1));
        }

        if (DatePhraseParser.FindAll($"trước {next.Day}/{next.Month}/{next.Year}", today, documentDate) is [{ Phrase: { } phrase } read, ..])
        {
            var start = folded.OriginalStart(every.Index);
            found.Add(read with { Phrase = phrase with { Start = start, Length = folded.OriginalEnd(every.Index + every.Length) - start, Keyword = quarterly ? Quarterly : Monthly } });
        }
    }

    /// <summary>Where the sentence holding <paramref name="at"/> starts: "vào thứ Sáu" is a due date only after "gửi", "nộp".</summary>
    private static int ClauseStart(string value, int at) => value.LastIndexOfAny(['\n', '.'], Math.Max(at - 1, 0)) + 1;

    /// <summary>"Tháng 1/2027": read as "trước 1/1/2027" for its year, then its last day.</summary>
    /// <param name="month">A match with the month ("m") and maybe the year ("y"); <paramref name="foldedStart"/> and
    /// <paramref name="length"/> are where "tháng …" is written.</param>
    /// <param name="before">"trước tháng 1/2027": the month before the one written ends the time given.</param>
    private static void AddMonth(List<DateParseResult> found, FoldedText folded, int foldedStart, int length, Match month, DateOnly today, DateOnly? documentDate, string keyword = MonthOnly, bool before = false)
    {
        // A quarter ("Quý I/2027") ends with its third month.
        var number = month.Groups["m"].Success ? month.Groups["m"].Value
            : (3 * (month.Groups["q"].Value switch { "i" or "1" => 1, "ii" or "2" => 2, "iii" or "3" => 3, _ => 4 })).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var written = $"1/{number}{(month.Groups["y"].Success ? "/" + month.Groups["y"].Value : string.Empty)}";
        if (DatePhraseParser.FindAll("trước " + written, today, documentDate) is [{ Date: { } first, Phrase: { } phrase } read, ..])
        {
            var start = folded.OriginalStart(foldedStart);
            var last = before ? new DateOnly(first.Year, first.Month, 1).AddDays(-1) : new DateOnly(first.Year, first.Month, DateTime.DaysInMonth(first.Year, first.Month));
            found.Add(read with { Date = last, Phrase = phrase with { Start = start, Length = folded.OriginalEnd(foldedStart + length) - start, Keyword = keyword, Day = last.Day } });
        }
    }

    private const string Date = @"(?<date>[0-9]{1,2}(?:[/.\-][0-9]{1,2}(?:[/.\-][0-9]{2,4})?|\s+thang\s+[0-9]{1,2}(?:\s*,?\s*nam\s+[0-9]{4})?))";

    // "tháng 12/2026", "tháng 2 năm 2027", "quý I/2027", "quý 4 năm 2026".
    private const string Period = @"(?:thang\s+(?<m>[0-9]{1,2})|quy\s+(?<q>iv|i{1,3}|[1-4]))(?:\s*(?:/|nam)\s*(?<y>[0-9]{4}))?(?![0-9/])";

    private const string Weekday = @"(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)";

    // "17 giờ 00, ", "16h ", "8 giờ 30 phút sáng ": an hour before the day, or nothing.
    private const string Hour = @"(?:[0-9]{1,2}\s*(?:gio|h)(?!\p{L})(?:\s*[0-9]{1,2}(?:\s*phut(?!\p{L}))?)?\s*,?\s*(?:(?:sang|trua|chieu|toi)(?!\p{L})\s*,?\s*)?)?";

    // "Thời hạn nộp: thứ Hai, 17 giờ ngày …": a weekday or an hour may come before the day.
    private const string BeforeTheDay = @"(?:la\s+)?(?:(?:truoc|vao|het)\s+)?(?:" + Weekday + @"\s*,?\s*)?" + Hour + @"(?:ngay\s+)?";

    // "Hạn nộp báo cáo thi đua: 28/12/2026", "Thời hạn hoàn thành: ngày 15/12/2026", "Thời gian nộp: 20/12",
    // "Hạn cuối nộp báo cáo H là ngày 17/12/2026", "Hạn chót nộp báo cáo: 19/12/2026".
    [GeneratedRegex(@"(?<!\p{L})(?:thoi\s+han|han\s+(?:chot|cuoi(?:\s+cung)?|nop|gui|hoan\s+thanh|bao\s+cao)|thoi\s+gian\s+(?:nop|gui|hoan\s+thanh))[^:\n\t]{0,80}(?::|\s+(?<la>la)(?=\s))\s*(?<at>" + BeforeTheDay + Date + ")", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"(?<!\p{L})(?:thoi\s+han|han\s+(?:chot|cuoi(?:\s+cung)?|nop|gui|hoan\s+thanh|bao\s+cao)|thoi\s+gian\s+(?:nop|gui|hoan\s+thanh))[^:\n\t]{0,80}(?::|\s+la(?=\s))\s*(?:trong\s+)?(?<month>" + Period + ")", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthLabelRegex();

    // "trước tháng 1/2027", "trước cuối tháng 12/2026", "chậm nhất là cuối tháng 12 năm 2026".
    [GeneratedRegex(@"(?<!\p{L})(?<kw>truoc|cham\s+nhat|muon\s+nhat)\s+(?:(?:la|vao)\s+)?(?:(?<end>cuoi)\s+)?thang\s+(?<m>[0-9]{1,2})(?:\s*(?:/|nam)\s*(?<y>[0-9]{4}))?(?![0-9/])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BeforeAMonthRegex();

    // "Số liệu báo cáo trong tháng 11." is not asked for: "báo cáo" is most often the paper, not the verb.
    [GeneratedRegex(@"(?<!\p{L})(?:gui|nop|hoan\s+thanh)(?!\p{L})[^.\n;\t]{0,150}?\s(?<period>trong\s+" + Period + @")(?=\s*(?:[.;]|$))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Multiline)]
    private static partial Regex RunningPeriodRegex();

    [GeneratedRegex(@"(?<!^[^\S\n]*v/v[^\n]*)(?<!\p{L})(?<!(?:chua|da)\s+)(?:gui|nop|hoan\s+thanh)(?!\p{L})[^.\n;\t]{0,150}?(?<!trong)\s(?<period>quy\s+(?<q>iv|i{1,3}|[1-4])\s*(?:/|nam)\s*(?<y>[0-9]{4}))(?=\s*(?:[.;]|$))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Multiline)]
    private static partial Regex PaperQuarterRegex();

    [GeneratedRegex(@"(?<!\p{L})(?:(?<at>cham\s+nhat|muon\s+nhat|truoc|han\s+chot|han)\s*:?\s+(?:la\s+)?trong\s+(?:ngay\s+)?|(?<moved>duoc)\s+(?:phep\s+)?(?<at>lui|hoan|doi|keo\s+dai)(?:\s+(?:thoi\s+)?han)?\s+(?:den|toi|sang)\s+(?:het\s+)?(?:ngay\s+)?"
        // "không muộn hơn ngày …", "gửi … đúng hạn (ngày …)", "hoàn thành và gửi … trong ngày …".
        + @"|(?<at>khong\s+(?:muon|cham)\s+hon)\s+(?:ngay\s+)?|(?<at>dung\s+han)\s*[(:,]?\s*(?:la\s+)?(?:ngay\s+)?|(?<=(?<!\p{L})(?:gui|nop)(?!\p{L})[^.;\n]{0,80}\s)(?<at>trong)\s+ngay\s+)" + Date, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex WithinOrMovedRegex();

    [GeneratedRegex(@"(?<!\p{L})(?<kw>truoc|han\s+chot|cham\s+nhat|muon\s+nhat|khong\s+qua|han|vao)\s*:?\s*(?:la\s+)?" + Hour + @"(?:ngay\s+)?" + Weekday + @"\s*,?\s*(?:ngay\s+)?" + Date, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex WeekdayRegex();

    [GeneratedRegex(@"(?<!\p{L})(?:gui|nop|hoan\s+thanh)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex SendingVerbRegex();

    [GeneratedRegex(@"(?<!\p{L})(?:hoi\s+nghi|hop|tap\s+huan|dai\s+hoi|toa\s+dam|hoi\s+thao|le)(?!\p{L})", RegexOptions.CultureInvariant)]
    internal static partial Regex MeetingRegex();

    // "trước ngày 20 hằng tháng", "chậm nhất ngày 05 hàng tháng", "trước ngày 15 của tháng cuối quý", "trước ngày 10 hằng quý",
    // "trước ngày 10 tháng đầu của quý sau" (the quarter's paper, due early in the next one).
    [GeneratedRegex(@"(?<!\p{L})(?:truoc|han\s+chot|cham\s+nhat|muon\s+nhat|khong\s+qua|han)\s*:?\s*(?:(?:la|vao)\s+)?(?:ngay\s+)?(?<d>[0-9]{1,2})\s+(?:(?:cua|trong)\s+)?(?:(?:hang|moi)\s+(?:thang|(?<quarter>quy))|(?<quarter>thang\s+cuoi\s+(?:(?:cua|moi)\s+)?(?:hang\s+)?quy)|(?<quarter>(?<first>thang\s+dau)\s+(?:(?:cua|moi)\s+)?quy\s+(?:sau|tiep\s+theo|ke\s+tiep)))(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RecurringRegex();

    // A year of one, three or five digits after a due-date keyword: "trước ngày 15/12/206".
    [GeneratedRegex(@"(?<!\p{L})(?:truoc|han\s+chot|cham\s+nhat|muon\s+nhat|khong\s+qua|han)\s*:?\s*(?:la\s+)?(?:ngay\s+)?(?<d>[0-9]{1,2})\s?(?<sep>[/.\-])\s?(?<m>[0-9]{1,2})\s?\k<sep>\s?(?<y>[0-9]{5}|[0-9]{3}|[0-9])(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BadYearRegex();

    [GeneratedRegex(@"^(?:thoi\s+han|han\s+(?:nop|chot|hoan\s+thanh)|thoi\s+gian(?:\s+(?:nop|gui|hoan\s+thanh|thuc\s+hien))?)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnRegex();

    // "Từ ngày 01/12 đến ngày 20/12/2026", "01/12 - 20/12/2026", "từ 01/12 đến hết ngày 20/12/2026".
    [GeneratedRegex(@"^\s*(?:tu\s+)?(?:ngay\s+)?[0-9]{1,2}[/.\-][0-9]{1,2}(?:[/.\-][0-9]{2,4})?\s*(?:-|–|den|toi)\s*(?:het\s+)?(?:ngay\s+)?" + Date + @"[\s.]*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PeriodCellRegex();

    [GeneratedRegex(@"(?<=^\s*(?:trong\s+)?)(?:" + Period + @")(?=[\s.]*$)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthCellRegex();

    // "10/12/2026 (bản mềm) và 18/12/2026 (bản giấy)": the first date is the item's, the second is named on it.
    [GeneratedRegex(@"^\s*(?:ngay\s+)?" + Date + @"(?:\s*\([^)\n\t]{0,40}\))?(?:(?:\s*[,;]\s*|\s+(?:va|hoac)\s+|\s*\v\s*|(?<=\))\s+)(?:ngay\s+)?[0-9]{1,2}\s?[/.\-]\s?[0-9]{1,2}(?:\s?[/.\-]\s?[0-9]{2,4})?(?:\s*\([^)\n\t]{0,40}\))?)?[\s.]*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BareDateRegex();
}
