using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// Due phrases without a day to read ("chậm nhất trong tuần đầu tháng 01/2027", "hạn nộp: cuối tháng 12/2026",
/// "Tuần 2 tháng 12/2026", "trong tháng 12", "trước hội nghị 05 ngày", "trước Tết Nguyên đán") and dates typed with a letter for a figure ("trước ngày l5/12/2026"):
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

            // "Ban Tuyên giáo sẽ tổ chức hội nghị trong tháng 12/2026.", "V/v triển khai … trong tháng 5 năm 2024": a
            // period in a sentence that asks nothing of the units is no unread deadline.
            if (!vague.Groups["typo"].Success && !vague.Groups["words"].Success && !vague.Groups["tet"].Success && AsksNothing(folded.Value, vague.Index))
            {
                continue;
            }

            // "Các đơn vị gửi kết quả thực hiện trong tháng 12 trước ngày 15/12/2026": the month says what, the date when.
            if (vague.Groups["month"].Success && SentenceHoldsADate(folded, vague.Index, read))
            {
                continue;
            }

            var written = text[start..end];
            yield return vague.Groups["typo"].Success
                ? $"\"{written}\": ngày có vẻ gõ nhầm (chữ thay cho số, như \"l\" thay \"1\"{(Fixed(vague.Groups["typo"].Value) is { } guess ? $"; có thể là {guess}" : string.Empty)}); chưa đọc là hạn nộp, kiểm tra lại văn bản rồi giao bằng /giao"
                : vague.Groups["words"].Success
                    ? $"\"{written}\": ngày viết bằng chữ, chưa đọc là hạn nộp; nếu là hạn, giao bằng /giao với ngày viết bằng số"
                : vague.Groups["event"].Success
                    ? $"\"{written}\": hạn tính theo ngày của sự kiện, văn bản không ghi ngày hạn cụ thể nên chưa đọc là hạn nộp; tính ngày rồi giao bằng /giao"
                : vague.Groups["tet"].Success
                    ? $"\"{written}\": Tết tính theo âm lịch, văn bản không ghi ngày cụ thể nên chưa đọc là hạn nộp; nếu là hạn, giao bằng /giao với ngày cụ thể"
                    : $"\"{written}\": chỉ ghi tuần hoặc khoảng trong tháng, không có ngày cụ thể nên chưa đọc là hạn nộp; nếu là hạn, giao bằng /giao với ngày cụ thể";
        }
    }

    /// <summary>The sentence holding <paramref name="at"/> is the letter's subject line, the office's own work, or asks for no paper.</summary>
    private static bool AsksNothing(string folded, int at)
    {
        var from = folded.LastIndexOfAny(['\n', '.', ';'], Math.Max(at - 1, 0)) + 1;
        var to = folded.IndexOfAny(['\n', '.', ';'], at) is var e and >= 0 ? e : folded.Length;
        var sentence = folded[from..to].Trim();
        return SubjectLine().IsMatch(sentence) || OfficeActs().IsMatch(sentence) || !Request().IsMatch(sentence);
    }

    /// <summary>A due date already read in the sentence holding <paramref name="at"/>.</summary>
    private static bool SentenceHoldsADate(FoldedText folded, int at, IReadOnlyList<DateParseResult> read)
    {
        var from = folded.OriginalStart(folded.Value.LastIndexOfAny(['\n', '.', ';'], Math.Max(at - 1, 0)) + 1);
        var end = SentenceEnd().Match(folded.Value, at);
        var to = end.Success ? folded.OriginalStart(end.Index) : folded.Original.Length;
        return read.Any(r => r.Phrase!.Start >= from && r.Phrase.Start < to);
    }

    [GeneratedRegex(@"[\n;]|[.!?](?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:v\s*/\s*v|ve\s+viec)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectLine();

    [GeneratedRegex(@"^(?:ban\s+(?:thuong\s+vu|tuyen\s+giao|to\s+chuc|dan\s+van|chi\s+dao)|thuong\s+truc|uy\s+ban\s+kiem\s+tra|van\s+phong|dang\s+uy\s+khoi|co\s+quan\s+dang\s+uy\s+khoi)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeActs();

    // What a sentence asking the units for something says: a verb of handing in or a paper to hand in.
    [GeneratedRegex(@"(?<!\p{L})(?:gui|nop|hoan\s+thanh|de\s+nghi|yeu\s+cau|dang\s+ky|bao\s+cao|ke\s+hoach|danh\s+sach|ho\s+so|cac\s+(?:don\s+vi|chi|dang\s+bo))(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Request();

    /// <summary>"l5/12/2026" as "15/12/2026" when every letter stands for a figure.</summary>
    private static string? Fixed(string typo)
    {
        var figures = new string([.. typo.Select(c => c switch { 'l' or 'i' => '1', 'o' => '0', _ => c })]);
        return figures.Any(char.IsLetter) ? null : figures.Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    // A figure written in words: "mười tám", "hai mươi lăm", "tháng mười hai", "tháng giêng".
    private const string Figure = @"(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|linh|le|gieng|chap)";

    // What a letter times a hand-in by: "trước hội nghị 05 ngày", "chậm nhất 7 ngày trước khi tổ chức đại hội".
    private const string Event = @"(?:hoi\s+nghi|dai\s+hoi|ky\s+hop|hoi\s+thi|buoi\s+\p{L}+|le\s+\p{L}+)";

    private const string Month = @"thang\s+[0-9]{1,2}\s*(?:/|nam)\s*[0-9]{4}";

    [GeneratedRegex(@"(?<!\p{L})(?:truoc|han\s+chot|cham\s+nhat|muon\s+nhat|han(?:\s+nop)?)\s*:?\s*(?:(?:la|vao|den)\s+)?(?:ngay\s+)?(?<typo>(?=[0-9]?[lio])[0-9lio]{1,2}\s?/\s?[0-9lio]{1,2}(?:\s?/\s?[0-9lio]{2,4})?)(?![\p{L}\p{N}])"
        + @"|(?<!\p{L})(?:(?:trong\s+)?tuan\s+(?:dau|cuoi|thu\s+[0-9a-z]+|[0-9])(?:\s+(?:cua|trong))?\s+|(?:vao\s+)?(?:cuoi|dau|giua)\s+|trong\s+)" + Month
        + @"|(?<!\p{L})(?:truoc|han\s+chot|cham\s+nhat|muon\s+nhat)\s+(?:la\s+)?(?:ngay\s+)?(?<words>(?:" + Figure + @"\s+){1,3}thang\s+(?:[0-9]{1,2}|" + Figure + @"(?:\s+(?:mot|hai))?)(?:\s+nam\s+[0-9]{4})?)(?![\p{L}\p{N}])"
        + @"|(?<!\p{L})(?<month>(?:trong|cuoi|dau|giua)\s+thang\s+[0-9]{1,2})(?![0-9/\-]|\.[0-9]|\s*(?:nam|/)\s*[0-9])"
        + @"|(?<!\p{L})(?<event>(?:truoc|cham\s+nhat)\s+(?:khi\s+)?(?:(?:to\s+chuc|dien\s+ra|khai\s+mac)\s+)?" + Event + @"(?:\s+\p{L}+){0,4}?\s+[0-9]{1,2}\s+ngay"
        + @"|(?:truoc|cham\s+nhat)\s+[0-9]{1,2}\s+ngay\s+(?:(?:truoc|so\s+voi)\s+)?(?:khi\s+)?(?:(?:to\s+chuc|dien\s+ra|khai\s+mac)\s+)?" + Event + @")(?!\p{L})"
        + @"|(?<!\p{L})(?<tet>(?:truoc|sau|ngay\s+cuoi\s+cung\s+truoc)\s+tet(?:\s+nguyen\s+dan)?)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex VagueRegex();
}
