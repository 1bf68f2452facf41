using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>The due dates the proposal reads: a year typo corrected, a second date, a month without a day.</summary>
internal sealed partial class ProposalBuilder
{
    /// <summary>
    /// A due date before the letter, or in a year far from it, is a typo for the letter's year (the 2024 plan's
    /// "trước ngày 10/4/2023"): the proposal uses the first such date on or after the letter and says so.
    /// </summary>
    private static bool Overlap(DatePhrase a, DatePhrase b) => a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;

    private static (DateOnly? Due, string? Correction) Resolve(DateParseResult result, DateOnly? letterDate, DateOnly today, int number)
    {
        if (result.Date is not { } date)
        {
            // "15/12/206": the year is the typo; the day and month are offered in the letter's year.
            return (null, result.Phrase is { Year: { } year and (< 1000 or > 9999) } typo
                ? $"năm {year} không hợp lệ; sửa bằng \"sửa {number} trước {typo.Day}/{typo.Month}/{(letterDate ?? today).Year}\""
                : null);
        }

        var written = VietnameseWording.Date(date);
        if (result.Flags.Contains(DateFlag.RecentlyPassed))
        {
            // "trước ngày 20/11" in a letter of 25/11 (or read on 25/11): that day has just passed; next year is a guess.
            var from = letterDate is { } on ? $"ngày văn bản {VietnameseWording.Date(on)}" : "hôm nay";
            return (date, $"văn bản ghi {result.Phrase!.Day}/{result.Phrase.Month} không có năm, ngày đó vừa qua so với {from}: đề xuất {written}; kiểm tra lại");
        }
        if (letterDate is not { } letter)
        {
            return (date, result.Flags.Contains(DateFlag.YearFarFromToday) ? $"năm {date.Year} khác xa năm nay; kiểm tra lại" : null);
        }

        var before = result.Flags.Contains(DateFlag.BeforeDocumentDate);
        // A letter dated after today has the wrong date itself, not its due date: a written year close to today stays.
        if (!before && !result.Flags.Contains(DateFlag.YearFarFromToday) || before && letter > today && !result.Flags.Contains(DateFlag.YearFarFromToday) && !result.YearWasInferred)
        {
            // A written year that puts the due date in a later year, far after the letter ("trước ngày 10/4/2025" in a
            // plan of 25/3/2024), is kept and the letter's own year offered; a year-end report asked in March is not.
            var farAfter = !before && !result.YearWasInferred && date.Year != letter.Year && date > letter.AddMonths(6);
            // A due date still ahead whose letter-year twin is past: the fix would be overdue at once, and the letter's own
            // date is the likely typo (LetterYearCheck says so above the items).
            var inLetterYear = farAfter ? SameDayIn(date, letter.Year) : null;
            var liveYear = date >= today && inLetterYear is { } twin && twin < today;
            // "trước ngày 15/12/2027" in a letter of 27/11/2026 read on 30/11/2026: a year-end paper of this year, the year
            // slipped; the letter's year is proposed, the year written offered.
            if (farAfter && IsCurrent(letter, today) && inLetterYear is { } near && near >= today && near <= letter.AddMonths(NearMonths))
            {
                return (near, $"văn bản ghi {written}, cách ngày văn bản {VietnameseWording.Date(letter)} hơn 1 năm: đề xuất {VietnameseWording.Date(near)} (năm của văn bản); nếu đúng là năm {date.Year}, gõ \"sửa {number} trước {written}\"");
            }

            return !liveYear && inLetterYear is { } sameDay && sameDay >= letter
                ? (date, $"hạn {written} cách ngày văn bản {VietnameseWording.Date(letter)} hơn 6 tháng; nếu là năm {letter.Year}, gõ \"sửa {number} trước {VietnameseWording.Date(sameDay)}\"")
                : liveYear ? (date, null)
                : farAfter
                ? (date, $"hạn {written} cách ngày văn bản {VietnameseWording.Date(letter)} hơn 6 tháng; kiểm tra lại năm")
                : (date, null);
        }

        // "trước ngày 10/11/2026" in a letter of 27/11/2026: weeks before it, the month is the likely slip (10/12/2026),
        // not a deadline eleven months away; the year after is offered.
        if (!result.YearWasInferred && date.Year == letter.Year && letter.DayNumber - date.DayNumber <= WeeksBeforeDays && MonthLater(date, letter) is { } monthFix)
        {
            var yearAfter = SameDayIn(date, letter.Year + 1) is { } next ? $"; nếu là năm sau, gõ \"sửa {number} trước {VietnameseWording.Date(next)}\"" : string.Empty;
            return (monthFix, $"văn bản ghi {written}, sớm hơn ngày văn bản {VietnameseWording.Date(letter)}: đề xuất {VietnameseWording.Date(monthFix)} (có thể ghi nhầm tháng){yearAfter}");
        }

        var candidate = SameDayIn(date, letter.Year) is { } inYear && inYear >= letter ? inYear : SameDayIn(date, letter.Year + 1);
        if (candidate is not { } fixedDate)
        {
            return (date, $"văn bản ghi {written}, kiểm tra lại");
        }

        var reason = before ? $"sớm hơn ngày văn bản {VietnameseWording.Date(letter)}" : $"năm {date.Year} không hợp với văn bản ngày {VietnameseWording.Date(letter)}";
        return (fixedDate, $"văn bản ghi {written}, {reason}: đề xuất {VietnameseWording.Date(fixedDate)}");
    }

    /// <summary>
    /// "Hạn nộp báo cáo D: 10/12/2026 (bản mềm) và 18/12/2026 (bản giấy)": one item takes the first date; the second is
    /// named so the clerk sees it was not used.
    /// </summary>
    private static string? SecondDate(string text, DatePhrase phrase, LetterSentence sentence, int number)
    {
        var from = phrase.Start + phrase.Length;
        if (from >= sentence.End)
        {
            return null;
        }

        var rest = FoldedText.Of(text[from..sentence.End]);
        if (AlsoDated().Match(rest.Value) is { Success: true } also)
        {
            var written = Spaces().Replace(rest.Original[rest.OriginalStart(also.Groups["also"].Index)..rest.OriginalEnd(also.Groups["also"].Index + also.Groups["also"].Length)], " ").Trim();
            return $"văn bản còn ghi ngày {written}, chưa dùng; muốn dùng ngày đó, gõ \"sửa {number} trước <ngày>\"";
        }

        return null;
    }

    /// <summary>"Tháng 1/2027" in a table's "Thời hạn" column, "trong tháng 12/2026", "Quý I/2027": the period's last working day, said to be a guess.</summary>
    private (DateOnly? Due, string? Correction) MonthEnd(DateParseResult result, string written)
    {
        if (result.Date is not { } last)
        {
            return (null, null);
        }

        var due = last;
        while (!calendar.IsWorkingDay(due) && due.Day > 1)
        {
            due = due.AddDays(-1);
        }

        var period = VietnameseText.Fold(written).Contains("quy", StringComparison.Ordinal) ? "quý" : "tháng";
        return (due, $"văn bản chỉ ghi \"{written}\" (không có ngày): đề xuất ngày làm việc cuối {period} {VietnameseWording.Date(due)}; kiểm tra lại");
    }

    private static DateOnly? SameDayIn(DateOnly date, int year) => YearSlip.SameDayIn(date, year);

    /// <summary>A due cell "Từ ngày 01/12 đến ngày 20/12/2026": its end is proposed, and said to be read so.</summary>
    private static string PeriodEndNote(string written, DateOnly? due, string? correction) =>
        $"thời gian hoàn thành ghi \"{written}\": đề xuất ngày cuối{(due is { } end ? " " + VietnameseWording.Date(end) : string.Empty)} làm hạn; kiểm tra lại"
        + (correction is null ? string.Empty : "; " + correction);

    /// <summary>How far before its letter a due date reads as a month slip rather than next year's.</summary>
    private const int WeeksBeforeDays = 62;

    /// <summary>
    /// How far after its letter the letter's-year twin of a due date a year out reads as the meant date: a paper asked
    /// within weeks; a plan of October for "16/6/2025 và 15/12/2025" means the next year.
    /// </summary>
    private const int NearMonths = 1;

    /// <summary>A letter dated in the two months up to today: its own date is what the office wrote this season.</summary>
    internal static bool IsCurrent(DateOnly letter, DateOnly today) => letter <= today && today <= letter.AddMonths(2);

    /// <summary>The same day in the first of the next three months that is on or after the letter.</summary>
    private static DateOnly? MonthLater(DateOnly date, DateOnly letter)
    {
        for (var k = 1; k <= 3; k++)
        {
            var month = new DateOnly(date.Year, date.Month, 1).AddMonths(k);
            if (date.Day <= DateTime.DaysInMonth(month.Year, month.Month) && new DateOnly(month.Year, month.Month, date.Day) is var later && later >= letter)
            {
                return later;
            }
        }

        return null;
    }
}
