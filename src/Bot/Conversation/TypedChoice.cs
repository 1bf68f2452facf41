using System.Globalization;
using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Conversation;

/// <summary>
/// The number someone types to answer a numbered question, as people type it on a phone or a terminal: "2", "#2",
/// "2.", "2)", "số 2", "so 2", "chọn 2", "câu 2", "mục 2". The one place that reads a typed choice.
/// </summary>
internal static partial class TypedChoice
{
    /// <summary>The number, and whether it was written "#2" (a deadline's own number rather than a position).</summary>
    public static bool TryRead(string text, out int number, out bool hashed)
    {
        number = 0;
        hashed = false;
        var match = Choice().Match(text);
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out number))
        {
            return false;
        }

        hashed = match.Groups["hash"].Success;
        return true;
    }

    public static bool IsChoice(string text) => TryRead(text, out _, out _);

    [GeneratedRegex(@"^\s*(?:(?:số|so|chọn|chon|câu|cau|mục|muc|phương\s+án|phuong\s+an)\s*)?(?<hash>#)?\s*(?<n>\d{1,6})\s*[.)]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Choice();
}
