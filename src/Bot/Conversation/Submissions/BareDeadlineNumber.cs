using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// "đang làm 10", "7 đã gửi bản giấy": a number standing alone in a status reply is the deadline's own number, as a
/// caption "7" is. A number that belongs to a name, a date or a reference ("bc 6 tháng", "ngày 5", "thứ 6", "số 12", "trang 2", "2025",
/// "quý 3") is none, nor one that stands in a deadline's own title with the word typed beside it ("bc kết luận 12" for
/// "… Kết luận 12"), and two numbers are too many to guess from.
/// </summary>
internal static class BareDeadlineNumber
{
    private static readonly HashSet<string> Around =
        ["so", "quy", "ky", "lan", "trang", "tr", "thang", "nam", "ngay", "tuan", "thu", "t", "bc", "kh", "tk", "sk", "dot", "muc", "phan", "gio", "h", "ban", "van", "cong", "cv", "nq", "qd", "kl", "ct", "hd", "tb", "hoach", "cao", "sach", "khoa", "lop"];

    /// <summary>The text with its lone number marked "#N", or null when it has none (or names one with "#" already).</summary>
    public static string? Mark(string text, IReadOnlyList<Storage.Deadlines.Deadline> titled)
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

            if (at is not null || PartOfAName(folded, i, titled))
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
    /// <param name="titled">The deadlines whose titles are read for a number of their own ("Kết luận 12"); none when not known.</param>
    public static IReadOnlyList<long> All(string text, IReadOnlyList<Storage.Deadlines.Deadline>? titled = null)
    {
        var words = text.Replace(",", " , ", StringComparison.Ordinal).Replace("&", " & ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var folded = words.Select(w => VietnameseFold.Fold(w).Trim('.', ':', ';', '!', '?', '(', ')')).ToArray();
        var ids = new List<long>();
        for (var i = 0; i < folded.Length; i++)
        {
            var digits = folded[i].TrimStart('#');
            if (digits.Length is 0 or > 6 || !digits.All(char.IsAsciiDigit) || Year(digits) ||
                (!folded[i].StartsWith('#') && PartOfAName(folded, i, titled)))
            {
                continue;
            }

            ids.Add(long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture));
        }

        return ids.Distinct().ToList();
    }

    // "bc 6 tháng", "ngày 5", "số 12", or a number standing in a deadline's title with the word typed beside it.
    private static bool PartOfAName(string[] folded, int i, IReadOnlyList<Storage.Deadlines.Deadline>? titled) =>
        (i > 0 && Around.Contains(folded[i - 1])) || (i + 1 < folded.Length && Around.Contains(folded[i + 1])) || InTitle(folded, i, titled);

    // "ket luan 12" typed where a title reads "Kết luận 12": the number with a word beside it as the title has them.
    private static bool InTitle(string[] folded, int i, IReadOnlyList<Storage.Deadlines.Deadline>? titled) =>
        titled is not null && titled.Any(d => TitleWords(d.Title) is var title &&
            Enumerable.Range(0, title.Length).Any(t => title[t] == folded[i] &&
                ((t > 0 && i > 0 && title[t - 1] == folded[i - 1]) || (t + 1 < title.Length && i + 1 < folded.Length && title[t + 1] == folded[i + 1]))));

    private static string[] TitleWords(string title) =>
        new string([.. VietnameseFold.Fold(title).Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // "ke hoach 2025", "2024": a year names a period, never a deadline.
    private static bool Year(string digits) => digits.Length == 4 && digits[0] is '1' or '2' && digits[1] is '9' or '0';
}
