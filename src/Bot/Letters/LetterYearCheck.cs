using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// A letter dated "28 tháng 11 năm 2025" whose deadlines are all in December 2026, or dated a year away from the day it
/// is read while its dates name no year: the letter's own date is the likely typo, not every due date it gives. Its day
/// in the likely year is the date the deadlines are judged against (a year typo, a date before the letter, the year of
/// "trước ngày 10/1"), and that is said once above the items.
/// </summary>
internal static class LetterYearCheck
{
    private const int FarMonths = 6;

    /// <summary>The letter's date in the year its deadlines (or, when they name no year, today) point to; null when the written one fits.</summary>
    /// <param name="written">The due dates whose year the letter writes.</param>
    public static DateOnly? BestDate(DateOnly? letterDate, IReadOnlyList<DateOnly> written, DateOnly today)
    {
        if (letterDate is not { } letter)
        {
            return null;
        }

        int year;
        // A letter dated in the weeks up to today is this season's: a due year far after it is that date's own slip.
        if (!ProposalBuilder.IsCurrent(letter, today) && Far(letter, written, today) is { Count: > 0 } far && far.Count * 2 > written.Count)
        {
            // The latest year that puts the letter on or before its first deadline.
            var first = far.Min();
            year = YearSlip.SameDayIn(letter, first.Year) is { } same && same <= first ? first.Year : first.Year - 1;
        }
        else if (written.Count == 0 && (letter.Year > today.Year || letter < today.AddMonths(-FarMonths)))
        {
            // No due date writes a year to back the letter's: it was written within the year before it is read.
            year = YearSlip.SameDayIn(letter, today.Year) is { } same && same <= today ? today.Year : today.Year - 1;
        }
        else
        {
            return null;
        }

        return year != letter.Year && YearSlip.SameDayIn(letter, year) is { } best ? best : null;
    }

    /// <summary>Said above the items when <see cref="BestDate"/> moved the letter's date: what was written, why, what is used.</summary>
    public static string Warning(DateOnly letter, DateOnly best, IReadOnlyList<DateOnly> written, DateOnly today)
    {
        var why = Far(letter, written, today) is { Count: > 0 } far && far.Count * 2 > written.Count
            ? $"{(far.Count == written.Count ? "các" : "phần lớn các")} hạn nộp ở năm {string.Join(", ", far.Select(d => d.Year).Distinct().Order())}, cách ngày văn bản hơn {FarMonths} tháng"
            : letter > today ? $"ngày đó sau hôm nay ({VietnameseWording.Date(today)})" : $"ngày đó cách hôm nay ({VietnameseWording.Date(today)}) hơn {FarMonths} tháng mà các hạn không ghi năm";
        return $"Ngày văn bản {VietnameseWording.Date(letter)} có vẻ ghi nhầm năm: {why}. Các hạn được xét theo ngày {VietnameseWording.Date(best)}; kiểm tra lại ngày trên văn bản.";
    }

    // A due year far from today ("15/11/2042") is the due date's own typo, not a sign the letter's year is wrong.
    private static List<DateOnly> Far(DateOnly letter, IReadOnlyList<DateOnly> written, DateOnly today) =>
        [.. written.Where(d => d > letter.AddMonths(FarMonths) && d >= today && d.Year - today.Year <= 1)];
}
