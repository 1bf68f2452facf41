using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Text;

/// <summary>The weekday written beside a date ("hôm thứ Ba 14/12", "14/12 (thứ 2)"), to check it against the date.</summary>
internal static partial class DatePhraseParser
{
    /// <summary>
    /// The weekday written right before the date's <paramref name="phrase"/> ("thứ Ba 14/12", "thứ 3, ngày 14/12") or
    /// right after it ("14/12 (thu 2)"), or null when there is none.
    /// </summary>
    public static DayOfWeek? WrittenWeekday(string text, DatePhrase phrase)
    {
        var before = WeekdayBeforeRegex().Match(Storage.Text.VietnameseFold.Fold(text[..phrase.Start]).ToLowerInvariant());
        var found = before.Success ? before : WeekdayAfterRegex().Match(Storage.Text.VietnameseFold.Fold(text[(phrase.Start + phrase.Length)..]).ToLowerInvariant());
        return !found.Success ? null : found.Groups["sun"].Success ? DayOfWeek.Sunday : WeekdayWords.Of(found.Groups["wd"].Value);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:thu\s+(?<wd>hai|ba|tu|nam|sau|bay|[2-7])|t(?<wd>[2-7])|(?<sun>chu\s+nhat|cn))\s*[,(]?\s*(?:ngay\s+)?$", Options)]
    private static partial Regex WeekdayBeforeRegex();

    [GeneratedRegex(@"^\s*[,(]?\s*(?:thu\s+(?<wd>hai|ba|tu|nam|sau|bay|[2-7])|t(?<wd>[2-7])|(?<sun>chu\s+nhat|cn))(?![\p{L}\p{N}])", Options)]
    private static partial Regex WeekdayAfterRegex();
}
