using System.Globalization;
using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Text;

/// <summary>
/// A due date whose year is a slip of the keyboard: the 2027 plan "trước ngày 10/4/2026". The letters flow corrects a
/// date before its letter; /giao compares the date with the year its title names. Either way the same day in the
/// right year is offered, never taken silently; a title's year long before the date is questioned too.
/// </summary>
internal static partial class YearSlip
{
    /// <summary>How long before the title's year a due date is still plausible (a 2027 plan handed in late in 2026).</summary>
    private const int PlausibleMonthsBefore = 3;

    /// <summary>The same day and month in <paramref name="year"/>; null for 29/2 in a year without it.</summary>
    public static DateOnly? SameDayIn(DateOnly date, int year) =>
        date.Day <= DateTime.DaysInMonth(year, date.Month) ? new DateOnly(year, date.Month, date.Day) : null;

    /// <summary>
    /// The same day in the year the title names, when <paramref name="due"/> falls in an earlier year and is either
    /// already past or months before that year begins; null when the title names no year or the date fits it.
    /// </summary>
    public static DateOnly? FromTitle(string title, DateOnly due, DateOnly today)
    {
        if (Year().Matches(title).LastOrDefault() is not { } written)
        {
            return null;
        }

        var year = int.Parse(written.Value, CultureInfo.InvariantCulture);
        if (due.Year >= year || (due >= today && due >= new DateOnly(year, 1, 1).AddMonths(-PlausibleMonthsBefore)))
        {
            return null;
        }

        return SameDayIn(due, year) is { } inYear && inYear >= today ? inYear : null;
    }

    /// <summary>
    /// The year the title names when <paramref name="due"/> falls more than a year after it: the report for year N is due
    /// in N or early N+1, so "Báo cáo tổng kết năm 2025" due 15/1/2027 has one of its years wrong. Null otherwise.
    /// </summary>
    public static int? BehindTitle(string title, DateOnly due) =>
        Year().Matches(title).LastOrDefault() is { } written && int.Parse(written.Value, CultureInfo.InvariantCulture) is var year && due.Year > year + 1
            ? year
            : null;

    [GeneratedRegex(@"(?<![0-9])20[0-9]{2}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
