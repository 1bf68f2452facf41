using System.Text.RegularExpressions;
using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// A scope written before the title: "Cho NHNN, SYT nộp báo cáo đối thoại …", "NHNN và SYT gửi kế hoạch …". The words
/// before the first sending verb are the scope candidate; the caller keeps them as a scope only when they name units
/// or a group, so "Báo cáo sơ kết gửi về Ban …" stays a title.
/// </summary>
internal static partial class LeadingScope
{
    /// <summary>The candidate scope, the title after it, and whether "cho" opened it; null when there is no candidate.</summary>
    public static (string Scope, string Title, bool WithCho)? Split(string beforeDate)
    {
        var folded = Fold(beforeDate);
        if (Leading().Match(folded) is not { Success: true } m)
        {
            return null;
        }

        var scope = beforeDate.Substring(m.Groups["scope"].Index, m.Groups["scope"].Length).Trim(' ', ',', ';', ':');
        // "nộp", "gửi" only say what the units do; "báo cáo", "xây dựng" begin the title itself.
        var titleFrom = m.Groups["drop"].Success ? m.Groups["drop"].Index + m.Groups["drop"].Length : m.Groups["keep"].Index;
        return (scope, beforeDate[titleFrom..].Trim(), m.Groups["cho"].Success);
    }

    /// <summary>"Cho NHNN, SYT" alone as a title: the scope was written, the title was not.</summary>
    public static string? OnlyScope(string title) =>
        ChoOnly().Match(Fold(title)) is { Success: true } m ? title[(m.Groups["cho"].Index + m.Groups["cho"].Length)..].Trim() : null;

    private static string Fold(string text) =>
        string.Concat(text.Select(c => char.IsLetter(c) && VietnameseFold.Fold(c.ToString()) is { Length: 1 } f ? f[0] : c)).ToLowerInvariant();

    [GeneratedRegex(@"^\s*(?<cho>(?:(?:giao|danh)\s+)?cho(?:\s*:\s*|\s+))?(?<scope>\S.*?)\s+(?:(?<drop>(?:phai\s+)?(?:nop|gui)(?:\s+lai)?)|(?<keep>bao\s+cao|xay\s+dung|hoan\s+thanh|thuc\s+hien|tong\s+hop|lap|chuan\s+bi|to\s+chuc))(?![\p{L}\p{N}])")]
    private static partial Regex Leading();

    [GeneratedRegex(@"^\s*(?<cho>cho)(?![\p{L}\p{N}])")]
    private static partial Regex ChoOnly();
}
