using System.Text.RegularExpressions;
using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// What a registration looks like however a phone types it: "/dangky ABCD2345", "Đăng ký: abcd 2345", "dang ki …",
/// "/start …", or a stranger's code alone or inside a sentence ("mã đăng ký: H9PVU8TF ạ"). The registration flow and
/// the inbox's flood cap both ask here, so a form the flow accepts is never silenced by the cap.
/// </summary>
internal static partial class RegistrationText
{
    public static IReadOnlyList<string> CommandNames { get; } = ["dangky", "dangki", "start"];

    /// <summary>Whether a stranger's <paramref name="text"/> tries to register: the command in any spelling, or a code.</summary>
    public static bool IsAttempt(string text) => OpensWithCommand(text) || RegisterHandler.CodeIn(text) is not null || LabelledCode(text) is not null;

    /// <summary>
    /// "MDK 12345", "ma dk: H9PV U8TF", "mdk rtbr vymu", "mã: 1234 5678 ạ", "MDK 9DVW-9ZQT": what follows a label of the registration code,
    /// when it is shaped like one (letters and digits with a digit among them, or eight letters); null otherwise. It goes to /dangky, which registers a
    /// real code and otherwise says the shape expected, so the person is never left with "bạn chưa đăng ký" for a code
    /// they did type. Read before the code inside a sentence: "MDK 12345" is the code "12345" after its label, never
    /// the 8 characters "MDK12345" counted as a wrong code.
    /// </summary>
    public static string? LabelledCode(string text) =>
        Labelled().Match(VietnameseFold.Fold(text)) is { Success: true } m && m.Groups["code"].Value is var code &&
        (code.Any(char.IsAsciiDigit) || code.Count(char.IsAsciiLetter) == CodeLength) ? Grouped().Replace(code, " ").ToUpperInvariant() : null;

    /// <summary>An invite code's length: after a label, eight letters in one or two words are the code even with no digit ("MDK rtbr vymu").</summary>
    private const int CodeLength = 8;

    /// <summary>"/dangky", "Đăng ký:", "dang ki", "start": the command word, as one word or two, at the start.</summary>
    public static bool OpensWithCommand(string text)
    {
        var words = text.TrimStart().TrimStart('/').Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Empty;
        foreach (var word in words.Take(2))
        {
            joined += VietnameseFold.Fold(word.TrimEnd(':', '.', ','));
            if (CommandNames.Contains(joined))
            {
                return true;
            }
        }

        return false;
    }

    // "9DVW-9ZQT", "6agj.gxng": the two groups of four as people copy them, read as the two words of the code.
    [GeneratedRegex(@"\s*[\-.]\s*")]
    private static partial Regex Grouped();

    // "mdk", "ma dk", "ma dang ky/ki", "ma so", "ma", "code" (folded), then a colon, a dash or a space ("MDK12345" too), then one or two words of
    // letters and digits, and at most a courtesy word after.
    [GeneratedRegex(@"^\s*(?:(?:mdk|ma\s*dk|ma\s+dang\s*k[yi]|ma\s+so|ma|code)(?:\s*[:.\-]\s*|\s+)|mdk(?=[0-9]))(?<code>[a-z0-9]+(?:(?:\s+|\s*[\-.]\s*)[a-z0-9]+)?)\s*(?:[,.]?\s*(?:a|ah|nhe|nha|ak)(?![a-z0-9]))?[\s.!]*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Labelled();
}
