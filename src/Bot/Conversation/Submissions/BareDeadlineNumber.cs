using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// "đang làm 10", "7 đã gửi bản giấy": a number standing alone in a status reply is the deadline's own number, as a
/// caption "7" is. A number that belongs to a name, a date or a reference ("bc 6 tháng", "ngày 5", "số 12", "trang 2", "2025",
/// "quý 3") is none, and two numbers are too many to guess from.
/// </summary>
internal static class BareDeadlineNumber
{
    private static readonly HashSet<string> Around =
        ["so", "quy", "ky", "lan", "trang", "tr", "thang", "nam", "ngay", "tuan", "t", "bc", "kh", "tk", "sk", "dot", "muc", "phan", "gio", "h", "ban", "van", "cong", "cv", "nq", "qd", "kl", "ct", "hd", "tb", "hoach", "cao", "sach", "khoa", "lop"];

    /// <summary>The text with its lone number marked "#N", or null when it has none (or names one with "#" already).</summary>
    public static string? Mark(string text)
    {
        if (DeadlinePicker.NamedId(text) is not null)
        {
            return null;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var folded = words.Select(w => VietnameseFold.Fold(w).Trim('.', ',', ':', ';', '!', '?', '(', ')')).ToArray();
        int? at = null;
        for (var i = 0; i < folded.Length; i++)
        {
            if (folded[i].Length is 0 or > 6 || !folded[i].All(char.IsAsciiDigit) || Year(folded[i]))
            {
                continue;
            }

            if (at is not null || (i > 0 && Around.Contains(folded[i - 1])) || (i + 1 < folded.Length && Around.Contains(folded[i + 1])))
            {
                return null;
            }

            at = i;
        }

        if (at is not { } index)
        {
            return null;
        }

        words[index] = "#" + folded[index];
        return string.Join(' ', words);
    }

    /// <summary>
    /// "đang làm 10 và 12", "#3, #5 đang làm": every deadline number the text names, bare or with "#", in the order
    /// typed; a number that belongs to a name, a date or a reference is none. Empty when there is none.
    /// </summary>
    public static IReadOnlyList<long> All(string text)
    {
        var words = text.Replace(",", " , ", StringComparison.Ordinal).Replace("&", " & ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var folded = words.Select(w => VietnameseFold.Fold(w).Trim('.', ':', ';', '!', '?', '(', ')')).ToArray();
        var ids = new List<long>();
        for (var i = 0; i < folded.Length; i++)
        {
            var digits = folded[i].TrimStart('#');
            if (digits.Length is 0 or > 6 || !digits.All(char.IsAsciiDigit) || Year(digits) ||
                (!folded[i].StartsWith('#') && ((i > 0 && Around.Contains(folded[i - 1])) || (i + 1 < folded.Length && Around.Contains(folded[i + 1])))))
            {
                continue;
            }

            ids.Add(long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture));
        }

        return ids.Distinct().ToList();
    }

    // "ke hoach 2025", "2024": a year names a period, never a deadline.
    private static bool Year(string digits) => digits.Length == 4 && digits[0] is '1' or '2' && digits[1] is '9' or '0';
}
