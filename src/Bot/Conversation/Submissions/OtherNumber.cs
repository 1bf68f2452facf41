using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// "bao cao thang 11" against "Báo cáo 6 tháng": the words carry a number the title does not, while the title has
/// numbers of its own, so they name another month, period or year, not this deadline. A copy's mark ("(1)", "v2",
/// "lần 2") and a page ("trang 3") are no such number.
/// </summary>
internal static partial class OtherNumber
{
    public static bool In(string words, string title)
    {
        var inTitle = Numbers(title);
        return inTitle.Count > 0 && Numbers(words).Any(n => !inTitle.Contains(n));
    }

    private static HashSet<string> Numbers(string text)
    {
        // "sở" (an office: "ở cơ sở 6 tháng") folds to "so" as "số" (a number's mark) does: it marks no number.
        var folded = Separators().Replace(VietnameseText.Fold(Office().Replace(Copy().Replace(PageWords.Without(text), " "), " ")), " ");
        var tokens = Shorthand.Expand(folded).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].All(char.IsAsciiDigit) && tokens[i].Length <= 4 && (i == 0 || !Marks.Contains(tokens[i - 1])))
            {
                numbers.Add(tokens[i].TrimStart('0'));
            }
        }

        return numbers;
    }

    private static readonly HashSet<string> Marks = new(StringComparer.Ordinal) { "v", "ver", "lan", "ban", "so", "trang", "tr" };

    [GeneratedRegex(@"\(\s*\d+\s*\)|(?<![\p{L}\p{N}])v\d+(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex Copy();

    [GeneratedRegex(@"(?<!\p{L})sở(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Office();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex Separators();
}
