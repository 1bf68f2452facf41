using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// The weekday a letter writes with a due date ("trước thứ Sáu, ngày 19/12/2026", "trước ngày 15/12/2026 (thứ Hai)"):
/// when it is not that date's weekday, one of the two is a slip, and the admin is shown both.
/// </summary>
internal static partial class WrittenWeekday
{
    /// <summary>
    /// The weekday written just before the due date of the phrase at <paramref name="start"/>, or just after it, in
    /// brackets or after a comma ("15/12/2026 (thứ Hai)", "15/12/2026, thứ Hai"); null when none is.
    /// </summary>
    public static DayOfWeek? Near(string text, int start, int length)
    {
        var from = Math.Max(0, start - Reach);
        var end = start + length;
        var match = Written().Match(VietnameseText.Fold(text[from..end]));
        if (!match.Success)
        {
            match = WrittenAfter().Match(VietnameseText.Fold(text[end..Math.Min(text.Length, end + Reach)]));
        }

        return !match.Success ? null : match.Groups["sunday"].Success ? DayOfWeek.Sunday : WeekdayWords.Of(match.Groups["day"].Value);
    }

    /// <summary>
    /// "văn bản ghi thứ Sáu, nhưng 19/12/2026 là Thứ Bảy; thứ Sáu gần nhất là 18/12/2026 …" when the weekday written
    /// is not the due date's; null when it is, or none was written.
    /// </summary>
    public static string? Mismatch(DraftDeadline item)
    {
        if (item.Weekday is not { } written || item.Due is not { } due || due.DayOfWeek == written)
        {
            return null;
        }

        // The nearest date on the weekday written, the earlier one when two are as near.
        var after = due.AddDays(((int)written - (int)due.DayOfWeek + 7) % 7);
        var before = after.AddDays(-7);
        var nearest = due.DayNumber - before.DayNumber <= after.DayNumber - due.DayNumber ? before : after;
        return $"văn bản ghi {VietnameseWording.Weekday(written).ToLowerInvariant()}, nhưng {VietnameseWording.Date(due)} là {VietnameseWording.Weekday(due.DayOfWeek)}; "
            + $"{VietnameseWording.Weekday(written).ToLowerInvariant()} gần nhất là {VietnameseWording.Date(nearest)} (sửa bằng \"sửa {item.Number} trước {VietnameseWording.Date(nearest)}\")";
    }

    private const string Day = @"(?:thu\s+(?<day>hai|ba|tu|nam|sau|bay|[2-7])|(?<sunday>chu\s+nhat|cn))(?!\p{L})";

    // How far before the phrase a weekday may be written: "thứ Sáu, ngày " and a little more.
    private const int Reach = 24;

    [GeneratedRegex(@"(?<!\p{L})(?:thu\s+(?<day>hai|ba|tu|nam|sau|bay|[2-7])|(?<sunday>chu\s+nhat|cn))\s*[,(]?\s*(?:ngay\s+)?[0-9]{1,2}\s?[/.\-]\s?[0-9]{1,2}(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Written();

    // "(thứ Hai)", ", thứ 2.", " - Chủ nhật" right after the date, alone: "(thứ Hai tuần sau họp)" names another day.
    [GeneratedRegex(@"^\s*(?:\(\s*" + Day + @"\s*\)|[,\-–]\s*" + Day + @"(?=\s*(?:[.;,)]|$)))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex WrittenAfter();
}
