using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// A letter's own sentence pasted into /giao: "Đảng uỷ Khối đề nghị các chi, đảng bộ cơ sở xây dựng kế hoạch …",
/// "Các đơn vị có tên được Đoàn kiểm tra gồm: …, tiến hành …". Taken whole it would be the title every unit reads;
/// the letters reader makes the title and units from it instead (see <see cref="DeadlineCreation"/>).
/// </summary>
internal static partial class LetterSentence
{
    /// <summary>Whether the words before the date read as a letter's request rather than a title.</summary>
    public static bool Looks(string beforeDate)
    {
        var folded = VietnameseText.Fold(beforeDate).ToLowerInvariant();
        return Request().IsMatch(folded) || ListOfNamed().IsMatch(folded);
    }

    // "đề nghị / yêu cầu" and whom it asks: "Tờ trình đề nghị khen thưởng" asks no one and stays a title.
    [GeneratedRegex(@"(?<!\p{L})(?:de\s+nghi|yeu\s+cau)\s+(?:cac|toan\s+the|tat\s+ca|nhung|moi|chi\s+bo|chi\s*,|dang\s+bo|don\s+vi|cap\s+uy|ban\s+thuong\s+vu|dong\s+chi|bi\s+thu)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Request();

    // "Các đơn vị có tên được Đoàn kiểm tra (của Ban Chỉ đạo tới làm việc trực tiếp) gồm:", "các chi bộ sau đây gồm:":
    // the letter's units, then what they do.
    [GeneratedRegex(@"^\s*cac\s+(?:don\s+vi|chi\s+bo|dang\s+bo|to\s+chuc)(?:\s+[\p{L}\p{N}]+){0,24}\s+gom(?:\s+co)?\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex ListOfNamed();
}
