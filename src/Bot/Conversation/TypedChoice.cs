using System.Globalization;
using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Conversation;

/// <summary>
/// The number someone types to answer a numbered question, as people type it on a phone or a terminal: "2", "#2",
/// "2.", "2)", "số 2", "so 2", "chọn 2", "câu 2", "mục 2", with a polite tail ("2 ạ", "3 rồi ạ", "2 nhé") or as a keycap
/// emoji ("1️⃣"). The one place that reads a typed choice.
/// </summary>
internal static partial class TypedChoice
{
    /// <summary>The number, and whether it was written "#2" (a deadline's own number rather than a position).</summary>
    public static bool TryRead(string text, out int number, out bool hashed)
    {
        number = 0;
        hashed = false;
        // A keycap emoji ("1️⃣") is the digit with two marks after it.
        var match = Choice().Match(text.Replace("\uFE0F", string.Empty, StringComparison.Ordinal).Replace("\u20E3", string.Empty, StringComparison.Ordinal));
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out number))
        {
            return false;
        }

        hashed = match.Groups["hash"].Success;
        return true;
    }

    public static bool IsChoice(string text) => TryRead(text, out _, out _);

    /// <summary>
    /// A place in the list said in words: "cái đầu tiên", "cái thứ hai", "việc đầu", "thu 2" → 1-based position;
    /// "cái cuối", "cuối cùng" → <see cref="Last"/>. Only a question that is open reads them (out of one, "thứ 2" is Monday).
    /// </summary>
    public static bool TryReadPosition(string text, out int position)
    {
        position = 0;
        var match = Position().Match(Storage.Text.VietnameseFold.Fold(text));
        if (!match.Success)
        {
            return false;
        }

        position = match.Groups["last"].Success ? Last
            : match.Groups["first"].Success ? 1
            : match.Groups["n"].Value switch
            {
                "nhat" => 1,
                "hai" => 2,
                "ba" => 3,
                "bon" or "tu" => 4,
                "nam" => 5,
                "sau" => 6,
                "bay" => 7,
                "tam" => 8,
                "chin" => 9,
                var digits => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture),
            };
        return position != 0;
    }

    /// <summary>The position <see cref="TryReadPosition"/> gives for "the last one".</summary>
    public const int Last = -1;

    [GeneratedRegex(@"^\s*(?:(?:số|so|chọn|chon|câu|cau|mục|muc|phương\s+án|phuong\s+an)\s*)?(?<hash>#)?\s*(?<n>\d{1,6})\s*[.)]?(?:\s+(?:ạ|a|à|ah|nhé|nhe|nha|rồi|roi|r)(?![\p{L}\d]))*\s*[.!]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Choice();

    // On folded text; "cái"/"việc"/"số" before it and "ạ"/"nhé" after it change nothing.
    [GeneratedRegex(@"^\s*(?:(?:chon|lay|la)\s+)?(?:(?:cai|viec|muc|so|cau|phuong\s+an|lua\s+chon|dong)\s+)?(?:thu\s+(?<n>\d{1,2}|nhat|hai|ba|bon|tu|nam|sau|bay|tam|chin)|(?<first>dau(?:\s+tien)?)|(?<last>cuoi(?:\s+cung)?))(?:\s+(?:a|nhe|nha|di|ah))*\s*[.!]*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Position();
}
