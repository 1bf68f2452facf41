using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// What a title made from a sentence leaves out, said on the item rather than dropped silently: whose guidance the
/// paper follows ("theo hướng dẫn của Sở Nội vụ"), and the paper a copy belongs to ("đồng thời gửi bản mềm qua hộp thư
/// … trước ngày 28/12" is the soft copy of the paper the item before asks for).
/// </summary>
internal static partial class TitleLeftOut
{
    /// <summary>"Bản mềm" alone, when the item before names a paper: "Bản mềm báo cáo tổng kết …".</summary>
    public static string OfACopy(string title, string? previousTitle)
    {
        var folded = FoldedText.Of(title);
        if (previousTitle is null || CopyRegex().Match(folded.Value) is not { Success: true } copy)
        {
            return title;
        }

        // "Bản mềm gửi qua thư điện tử": the copy, not how it is sent.
        var words = title[..folded.OriginalEnd(copy.Groups["copy"].Length)];
        return $"{words} {char.ToLowerInvariant(previousTitle[0])}{previousTitle[1..]}";
    }

    /// <summary>
    /// "Báo cáo" alone from "Hạn chót nộp báo cáo: 18/12/2026." after "Các đơn vị xây dựng báo cáo kết quả tự kiểm tra QCDC
    /// năm 2026.": the paper the sentence before names, when it is of the same kind; else the title as it is.
    /// </summary>
    public static string FromSentenceBefore(string title, string before)
    {
        if (!DeadlineTitle.OnlyAKind(title) || !DeadlineTitle.NamesAPaper(before))
        {
            return title;
        }

        var named = DeadlineTitle.From(before, null);
        return named.Length > title.Length && VietnameseText.Fold(named).StartsWith(VietnameseText.Fold(title) + " ", StringComparison.OrdinalIgnoreCase) ? named : title;
    }

    /// <summary>"tên việc không gồm "theo hướng dẫn của Sở Nội vụ"": the guidance named in the words the title came from but not in it.</summary>
    public static string? Guidance(string window, string title, int number)
    {
        var folded = FoldedText.Of(window);
        if (GuidanceRegex().Match(folded.Value) is not { Success: true } guidance
            || VietnameseText.Fold(title).Contains("theo huong dan", StringComparison.Ordinal))
        {
            return null;
        }

        // Only guidance after the paper's words cuts its title; "Theo hướng dẫn của …, các đơn vị gửi …" opens the sentence.
        var head = VietnameseText.Fold(title);
        var titleAt = folded.Value.IndexOf(head[..Math.Min(12, head.Length)], StringComparison.OrdinalIgnoreCase);
        if (titleAt < 0 || guidance.Index < titleAt)
        {
            return null;
        }

        var start = folded.OriginalStart(guidance.Index);
        var said = WhiteSpace().Replace(window[start..folded.OriginalEnd(guidance.Index + guidance.Length)], " ").Trim().TrimEnd(',', ';', '.');
        return $"tên việc không gồm \"{said}\"; muốn giữ, gõ \"sửa {number} tên …\"";
    }

    // "bản mềm", "bản điện tử", "bản scan", "file mềm": a copy, not a paper.
    [GeneratedRegex(@"^(?<copy>(?:ban|file|tep)\s+(?:mem|dien\s+tu|scan|giay|chup|word|pdf))(?:\s+(?:gui|nop|qua|bang|duoc)(?!\p{L}).*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CopyRegex();

    // "theo hướng dẫn của Ban Tuyên giáo Tỉnh ủy", "theo hướng dẫn số 12-HD/BTG": up to a comma, the bracket it was
    // opened in, a verb of sending or the end.
    [GeneratedRegex(@"(?<!\p{L})theo\s+huong\s+dan(?:\s+(?:cua|so|tai))?(?!\p{L})[^,;.\n\t)]*?(?=\s*(?:[,;.\n\t)]|(?<!\p{L})(?:gui|nop|truoc|han|cham\s+nhat)(?!\p{L})|$))", RegexOptions.CultureInvariant)]
    private static partial Regex GuidanceRegex();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
