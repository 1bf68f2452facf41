using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>What a title borrows from its heading or the letter's "V/v …" subject, without saying words twice.</summary>
internal static partial class DeadlineTitle
{
    /// <summary>
    /// The title and the heading's topic, without saying twice the words where they overlap: "Đăng ký mô hình" and
    /// "đăng ký mô hình Dân vận khéo năm 2027" are "Đăng ký mô hình Dân vận khéo năm 2027".
    /// </summary>
    private static string Join(string title, string topic)
    {
        var titleWords = title.Split(' ');
        var topicWords = topic.Split(' ');
        for (var overlap = Math.Min(titleWords.Length, topicWords.Length); overlap > 0; overlap--)
        {
            var end = titleWords.Skip(titleWords.Length - overlap).Select(VietnameseText.Fold);
            if (end.SequenceEqual(topicWords.Take(overlap).Select(VietnameseText.Fold), StringComparer.Ordinal))
            {
                return overlap == topicWords.Length ? title : $"{title} {string.Join(' ', topicWords.Skip(overlap))}";
            }
        }

        return $"{title} {topic}";
    }

    /// <summary>
    /// A kind of paper under a heading that names a paper itself: the same kind is the heading's paper ("Hồ sơ" under "Hồ
    /// sơ đề nghị khen thưởng …"), another kind is part of it ("Báo cáo trong hồ sơ đề nghị khen thưởng …").
    /// </summary>
    private static string UnderHeading(string kind, string topic)
    {
        var folded = VietnameseText.Fold(topic);
        if (NounRegex().Match(folded) is not { Success: true, Index: 0 } paper)
        {
            return Join(kind, topic);
        }

        return string.Equals(paper.Value, VietnameseText.Fold(kind), StringComparison.Ordinal) ? char.ToUpperInvariant(topic[0]) + topic[1..] : $"{kind} trong {topic}";
    }

    /// <summary>
    /// A title naming a subject of its own that the heading does not hold ("Báo cáo thi đua" under "Về việc tự kiểm tra
    /// thực hiện dân chủ ở cơ sở năm 2026"): the heading is another paper's, and its topic is not borrowed. "Báo cáo
    /// kết quả", "Báo cáo tự kiểm tra" say nothing the heading does not, and take its topic.
    /// </summary>
    private static bool OwnSubject(string title, string heading)
    {
        var folded = VietnameseText.Fold(title);
        var rest = NounRegex().Match(folded) is { Success: true } noun ? folded.Remove(noun.Index, noun.Length) : folded;
        var own = VietnameseText.Tokens(rest).Where(w => w.Any(char.IsLetter) && !GenericWords.Contains(w)).ToList();
        var headingWords = VietnameseText.Tokens(VietnameseText.Fold(heading)).ToHashSet(StringComparer.Ordinal);
        return own.Count > 0 && !own.Any(headingWords.Contains);
    }

    // Words that qualify a paper without naming its subject.
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "ket", "qua", "tong", "so", "danh", "gia", "tu", "thuc", "hien", "cong", "tac", "nam", "thang", "quy", "ve", "cua", "va", "cac",
        "nhanh", "dinh", "ky", "tinh", "hinh", "chuyen", "de", "chi", "tiet", "bo", "sung", "du", "thao", "trien", "khai", "cuoi", "dau",
    };

    /// <summary>
    /// What a paper named only by its kind is about: its heading's topic, unless the letter's subject says the same more
    /// fully ("1. Về việc báo cáo tổng kết" under "V/v báo cáo tổng kết công tác dân vận năm 2026").
    /// </summary>
    private static string? About(string? heading, string? subject) =>
        Topic(heading) is { } topic && !(Topic(subject) is { } whole && !YearRegex().IsMatch(topic)
                                         && VietnameseText.Fold(whole).Contains(VietnameseText.Fold(topic), StringComparison.Ordinal))
            ? topic : Topic(subject);

    /// <summary>"Về việc kiểm tra, giám sát việc thực hiện … năm 2024" → "thực hiện … năm 2024".</summary>
    private static string? Topic(string? heading)
    {
        // "III. TỔ CHỨC THỰC HIỆN": a section of the letter in capitals, not what a paper is about.
        if (heading is null || !heading.Any(char.IsLower))
        {
            return null;
        }

        var folded = VietnameseText.Fold(heading);
        var normalized = VietnameseText.Normalize(heading);
        if (folded.Length != normalized.Length)
        {
            return null;
        }

        var at = folded.LastIndexOf("viec ", StringComparison.Ordinal);
        var from = at >= 0 ? at + 5 : folded.StartsWith("ve ", StringComparison.Ordinal) ? 3 : 0;
        var topic = Tidy(normalized[from..]);
        // "V/v gửi báo cáo tổng kết …", "1. Về việc hướng dẫn nộp hồ sơ …": the paper, not the sending of it, so a kind
        // of paper joined to it is not said twice ("Báo cáo gửi báo cáo tổng kết").
        if (SentPaperRegex().Match(VietnameseText.Fold(topic)) is { Success: true } sent)
        {
            topic = topic[sent.Groups["paper"].Index..];
        }

        return topic.Length == 0 ? null : char.ToLowerInvariant(topic[0]) + topic[1..];
    }

    // A verb of sending or making right before the paper in a heading or subject: "gửi báo cáo", "xây dựng kế hoạch".
    [GeneratedRegex(@"(?<!\p{L})(?:xay\s+dung|gui|nop|lap|hoan\s+thanh|hoan\s+thien|chuan\s+bi)\s+(?:cac\s+)?(?=(?<paper>bao\s+cao|ke\s+hoach|danh\s+sach|ho\s+so|de\s+an|to\s+trinh|bien\s+ban|tham\s+luan|bai\s+viet|bang\s+dang\s+ky|bieu\s+mau|phu\s+luc)(?!\p{L}))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SentPaperRegex();
}
