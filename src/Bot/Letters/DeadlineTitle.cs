using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// A deadline's title from the words before its date: the paper asked for ("báo cáo tự kiểm tra, giám sát"), up to
/// where the sentence says where to send it. A title without a year borrows the topic of its heading
/// ("Về việc kiểm tra, giám sát việc thực hiện dân chủ ở cơ sở năm 2024" → "… thực hiện dân chủ ở cơ sở năm 2024").
/// </summary>
internal static partial class DeadlineTitle
{
    private const int MaxLength = 150;

    public static string From(string window, string? heading)
    {
        var folded = FoldedText.Of(window);
        var nouns = NounRegex().Matches(folded.Value);
        // The paper a verb asks to make or send ("xây dựng báo cáo", "gửi kế hoạch"), else the first paper named.
        var noun = nouns.LastOrDefault(n => ProducingVerbRegex().IsMatch(folded.Value[..n.Index])) ?? nouns.FirstOrDefault();
        string title;
        if (noun is not null)
        {
            var start = folded.OriginalStart(noun.Index);
            // Stop words are matched with their accents: "để" ends a title, "chuyên đề" and "kết quả" do not.
            var stop = StopRegex().Match(window, folded.OriginalEnd(noun.Index + noun.Length));
            title = window[start..(stop.Success ? stop.Index : window.Length)];
        }
        else
        {
            // No paper named (a table row "Sơ kết 6 tháng | trước ngày …"): the last words before the date.
            var clause = window[(window.LastIndexOfAny([':', ';', '(']) + 1)..];
            var words = clause.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            title = string.Join(' ', words.TakeLast(12));
        }

        title = Tidy(title);
        if (heading is not null && !YearRegex().IsMatch(title) && YearRegex().IsMatch(heading) && Topic(heading) is { } topic)
        {
            title = $"{title} {topic}";
        }

        if (title.Length > MaxLength)
        {
            var cut = title.LastIndexOf(' ', MaxLength);
            title = title[..(cut > 0 ? cut : MaxLength)] + "…";
        }

        return title.Length == 0 ? "Việc theo văn bản" : char.ToUpperInvariant(title[0]) + title[1..];
    }

    private static string Tidy(string text) =>
        Whitespace().Replace(text, " ").Trim().TrimEnd(',', ';', ':', '-', '–', '(', '.').Trim();

    /// <summary>"Về việc kiểm tra, giám sát việc thực hiện … năm 2024" → "thực hiện … năm 2024".</summary>
    private static string? Topic(string heading)
    {
        var folded = VietnameseText.Fold(heading);
        var normalized = VietnameseText.Normalize(heading);
        if (folded.Length != normalized.Length)
        {
            return null;
        }

        var at = folded.LastIndexOf("viec ", StringComparison.Ordinal);
        var from = at >= 0 ? at + 5 : folded.StartsWith("ve ", StringComparison.Ordinal) ? 3 : 0;
        var topic = Tidy(normalized[from..]);
        return topic.Length == 0 ? null : char.ToLowerInvariant(topic[0]) + topic[1..];
    }

    [GeneratedRegex(@"(?<!\p{L})(?:bao cao|ke hoach|danh sach|dang ky|de an|to trinh|bien ban|ho so|chuong trinh|tham luan|so lieu|ban tu kiem diem)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex NounRegex();

    [GeneratedRegex(@"(?<!\p{L})(?:xay dung|gui|nop|lap|hoan thanh|hoan thien|chuan bi|tong hop)\s+(?:cac\s+|lai\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ProducingVerbRegex();

    // Where the paper's name ends: where to send it, when, or why.
    [GeneratedRegex(@"\s+(?:gửi|nộp|về Ban|về Đảng [uủ][yỷ]|về Văn phòng|trước|hạn|chậm nhất|để|và gửi|và nộp|cho|hoàn thành|qua)(?!\p{L})|\s*\(", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StopRegex();

    [GeneratedRegex(@"(?<![0-9])20[0-9]{2}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
