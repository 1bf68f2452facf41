using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// "bổ sung", "gửi thêm", "thêm trang": the caption says the files add to what the unit handed in, whenever that was,
/// so they join its latest submission as further pages instead of replacing it.
/// </summary>
internal static partial class SupplementWords
{
    /// <summary>True when the caption says "bổ sung" and does not also say the files replace what was sent ("bản mới", "gửi lại").</summary>
    public static bool In(string caption) =>
        caption.Length > 0 && Supplement().IsMatch(FoldedText.Of(caption).Value) && !SubmissionRecorder.SaysNewVersion(caption);

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:bo\s*sung|bs|gui\s+them|nop\s+them|them\s+trang|them\s+anh|them\s+tep)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Supplement();
}
