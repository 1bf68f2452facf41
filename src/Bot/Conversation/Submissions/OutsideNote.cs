using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// The note of a submission the office recorded outside the bot. Every view already says "nộp ngoài bot", so the
/// note shown beside it is only the office's own words: never "nộp ngoài bot: nộp ngoài bot".
/// </summary>
internal static partial class OutsideNote
{
    /// <summary>Stored when the office wrote nothing else (older records hold it too).</summary>
    public const string Default = "nộp ngoài bot";

    /// <summary>The office's words without a leading "nộp ngoài bot" / "ghi nhận ngoài bot"; empty when that was all.</summary>
    public static string Remark(string note) => Lead().Replace(note, string.Empty).Trim(' ', ',', ';', ':', '.', '-', '–');

    /// <summary>What a view writes after "nộp ngoài bot": ": bản giấy", or nothing.</summary>
    public static string After(string note) => Remark(note) is { Length: > 0 } remark ? ": " + remark : string.Empty;

    [GeneratedRegex(@"^\s*(?:(?:đã|da)\s+)?(?:(?:nộp|nop|ghi\s+nhận|ghi\s+nhan|nhận|nhan)\s+)?(?:ngoài|ngoai)\s+bot\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();
}
