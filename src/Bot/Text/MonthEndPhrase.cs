using System.Globalization;
using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Text;

/// <summary>
/// "cuối tháng 2", "cuoi thang 11/2027", "cuối tháng này", "cuối tháng sau": the month's last day, written as a date
/// with its year ("28/2/2027") so the date reader takes it exactly. Without a year, the month's end still ahead.
/// </summary>
internal static partial class MonthEndPhrase
{
    public static string Rewrite(string text, DateOnly today)
    {
        var folded = FoldedText.Of(text);
        var match = MonthEnd().Match(folded.Value);
        if (!match.Success)
        {
            return text;
        }

        int month, year;
        if (match.Groups["which"].Success)
        {
            var first = new DateOnly(today.Year, today.Month, 1).AddMonths(match.Groups["which"].Value == "nay" ? 0 : 1);
            (month, year) = (first.Month, first.Year);
        }
        else
        {
            month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return text;
            }

            year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture)
                : LastDay(today.Year, month) >= today ? today.Year : today.Year + 1;
        }

        var last = LastDay(year, month);
        var start = folded.OriginalStart(match.Index);
        var end = folded.OriginalEnd(match.Index + match.Length);
        return string.Create(CultureInfo.InvariantCulture, $"{text[..start]}{last.Day}/{last.Month}/{last.Year}{text[end..]}");
    }

    private static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    [GeneratedRegex(@"(?<![\p{L}\p{N}])cuoi\s+thang\s+(?:(?<m>[0-9]{1,2})(?:\s*(?:/|nam)\s*(?<y>20[0-9]{2}))?|(?<which>nay|sau|toi))(?![\p{L}\p{N}/])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthEnd();
}
