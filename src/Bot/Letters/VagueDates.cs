using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// Due phrases without a day to read ("chậm nhất trong tuần đầu tháng 01/2027", "hạn nộp: cuối tháng 12/2026",
/// "Tuần 2 tháng 12/2026", "trước Tết Nguyên đán") and dates typed with a letter for a figure ("trước ngày l5/12/2026"):
/// named under the proposal with why, never dropped silently.
/// </summary>
internal static partial class VagueDates
{
    public static IEnumerable<string> In(string text, IReadOnlyList<DateParseResult> read)
    {
        var folded = FoldedText.Of(text);
        foreach (Match vague in VagueRegex().Matches(folded.Value))
        {
            var start = folded.OriginalStart(vague.Index);
            var end = folded.OriginalEnd(vague.Index + vague.Length);
            if (read.Any(r => r.Phrase!.Start < end && start < r.Phrase.Start + r.Phrase.Length))
            {
                continue;
            }

            var written = text[start..end];
            yield return vague.Groups["typo"].Success
                ? $"\"{written}\": ngày có vẻ gõ nhầm (chữ thay cho số, như \"l\" thay \"1\"{(Fixed(vague.Groups["typo"].Value) is { } guess ? $"; có thể là {guess}" : string.Empty)}); chưa đọc là hạn nộp, kiểm tra lại văn bản rồi giao bằng /giao"
                : vague.Groups["words"].Success
                    ? $"\"{written}\": ngày viết bằng chữ, chưa đọc là hạn nộp; nếu là hạn, giao bằng /giao với ngày viết bằng số"
                : vague.Groups["tet"].Success
                    ? $"\"{written}\": Tết tính theo âm lịch, văn bản không ghi ngày cụ thể nên chưa đọc là hạn nộp; nếu là hạn, giao bằng /giao với ngày cụ thể"
                    : $"\"{written}\": chỉ ghi tuần hoặc khoảng trong tháng, không có ngày cụ thể nên chưa đọc là hạn nộp; nếu là hạn, giao bằng /giao với ngày cụ thể";
        }
    }

    /// <summary>"l5/12/2026" as "15/12/2026" when every letter stands for a figure.</summary>
    private static string? Fixed(string typo)
    {
        var figures = new string([.. typo.Select(c => c switch { 'l' or 'i' => '1', 'o' => '0', _ => c })]);
        return figures.Any(char.IsLetter) ? null : figures.Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    // A figure written in words: "mười tám", "hai mươi lăm", "tháng mười hai", "tháng giêng".
    private const string Figure = @"(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|linh|le|gieng|chap)";

    private const string Month = @"thang\s+[0-9]{1,2}\s*(?:/|nam)\s*[0-9]{4}";

    [GeneratedRegex(@"(?<!\p{L})(?:truoc|han\s+chot|cham\s+nhat|muon\s+nhat|han(?:\s+nop)?)\s*:?\s*(?:(?:la|vao|den)\s+)?(?:ngay\s+)?(?<typo>(?=[0-9]?[lio])[0-9lio]{1,2}\s?/\s?[0-9lio]{1,2}(?:\s?/\s?[0-9lio]{2,4})?)(?![\p{L}\p{N}])"
        + @"|(?<!\p{L})(?:(?:trong\s+)?tuan\s+(?:dau|cuoi|thu\s+[0-9a-z]+|[0-9])(?:\s+(?:cua|trong))?\s+|(?:vao\s+)?(?:cuoi|dau|giua)\s+|trong\s+)" + Month
        + @"|(?<!\p{L})(?:truoc|han\s+chot|cham\s+nhat|muon\s+nhat)\s+(?:la\s+)?(?:ngay\s+)?(?<words>(?:" + Figure + @"\s+){1,3}thang\s+(?:[0-9]{1,2}|" + Figure + @"(?:\s+(?:mot|hai))?)(?:\s+nam\s+[0-9]{4})?)(?![\p{L}\p{N}])"
        + @"|(?<!\p{L})(?<tet>(?:truoc|sau|ngay\s+cuoi\s+cung\s+truoc)\s+tet(?:\s+nguyen\s+dan)?)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex VagueRegex();
}
