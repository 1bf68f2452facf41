using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// A new due date in /suahan written as the office writes it to units: "thành 23/12 nhé" (a date with courtesy after
/// it), "sang thứ 2 tuần sau" (a day ahead), "lùi 3 ngày", "thêm 1 tuần" (a length, later only).
/// </summary>
internal static partial class NewDueWords
{
    /// <summary>A date or day ahead with nothing but courtesy after it ("nhé", "ạ"); null otherwise (a number inside the title is no date).</summary>
    public static DateParseResult? DateAnywhere(string arguments, DateOnly today) =>
        DatePhraseParser.FindAnyDateOrDayAhead(arguments, today) is { Phrase: { Start: > 0 } phrase } found &&
        Courtesy().IsMatch(VietnameseFold.Fold(arguments[(phrase.Start + phrase.Length)..]))
            ? found
            : null;

    /// <summary>A length after a word that moves the date later ("lùi", "thêm", "kéo dài"); never "rút 3 ngày".</summary>
    public static (ExtensionSpan Span, int Start, int Length)? Length(string arguments) =>
        ExtensionWording.FindSpan(arguments) is { Start: > 0 } length && Later().IsMatch(VietnameseFold.Fold(arguments[..length.Start]))
            ? length
            : null;

    [GeneratedRegex(@"^[\s.,!]*(?:(?:nhe|nha|a|ah|ak|luon|nhe\s+em|giup|voi)[\s.,!]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Courtesy();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:lui|them|keo\s+dai|doi)(?:\s+(?:lai|them|han|sau|ra|khoang))*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Later();
}
