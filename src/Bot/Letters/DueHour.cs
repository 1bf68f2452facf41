using System.Globalization;
using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// The hour a due phrase gives ("trước 17 giờ ngày 15/12/2026", "trước 16h30 ngày 22/12"), as "17:00". A deadline
/// keeps only its day, so the hour goes into the created deadline's title ("Báo cáo T (trước 17:00)"), where
/// /hanchot, reminders and the export show it.
/// </summary>
internal static partial class DueHour
{
    public static string? Of(string phrase)
    {
        if (HourRegex().Match(VietnameseText.Fold(phrase)) is not { Success: true } hour)
        {
            return null;
        }

        var h = int.Parse(hour.Groups["h"].Value, CultureInfo.InvariantCulture);
        // "2 giờ chiều" is 14:00.
        h += hour.Groups["pm"].Success && h < 12 ? 12 : 0;
        var m = hour.Groups["m"].Success ? int.Parse(hour.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        return h < 24 && m < 60 ? $"{h}:{m:00}" : null;
    }

    /// <summary>
    /// The hour written after the date ("…ngày 17/12/2026, trước 16h00", "… (trước 10 giờ 30)"), to be read with it: " trước
    /// 16h00", or empty.
    /// </summary>
    public static string After(string text, int end)
    {
        var rest = FoldedText.Of(text[end..Math.Min(text.Length, end + 40)]);
        return AfterRegex().Match(rest.Value) is { Success: true } m
            ? " " + rest.Original[rest.OriginalStart(m.Groups["at"].Index)..rest.OriginalEnd(m.Index + m.Length)].Trim()
            : string.Empty;
    }

    /// <summary>The title a deadline is created with: the item's, with its hour when the letter gives one.</summary>
    public static string Titled(DraftDeadline item) =>
        Of(item.SourcePhrase) is { } hour && !item.Title.Contains(hour, StringComparison.Ordinal) ? $"{item.Title} (trước {hour})" : item.Title;

    [GeneratedRegex(@"(?<![0-9])(?<h>[0-9]{1,2})\s*(?:gio|h)(?!\p{L})(?:\s*(?<m>[0-9]{1,2})(?![0-9]))?(?:\s*phut(?!\p{L}))?(?:\s*(?:sang|trua|(?<pm>chieu|toi))(?!\p{L}))?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex HourRegex();

    [GeneratedRegex(@"^\s*[,(]?\s*(?<at>(?:(?:truoc|luc|vao\s+luc|cham\s+nhat|vao)\s+)?[0-9]{1,2}\s*(?:gio|h)(?!\p{L})(?:\s*[0-9]{1,2}(?![0-9]))?(?:\s*phut(?!\p{L}))?(?:\s*(?:sang|trua|chieu|toi)(?!\p{L}))?)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AfterRegex();
}
