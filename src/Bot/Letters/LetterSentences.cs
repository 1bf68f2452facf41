using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>A sentence of a letter by position, with the numbered heading it sits under ("3. Về việc kiểm tra…").</summary>
internal sealed record LetterSentence(int Start, int End, string? Heading);

internal static partial class LetterSentences
{
    /// <summary>Every line is at least one sentence; inside a line a sentence ends at ". " before a capital or a digit.</summary>
    public static List<LetterSentence> Split(string text)
    {
        var sentences = new List<LetterSentence>();
        string? heading = null;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text[lineStart..lineEnd].Replace("*", "", StringComparison.Ordinal).Trim();
            // A numbered line with a tab or a date is a table row or a deadline, not a heading to borrow a topic from; nor is
            // a numbered task ("1. Các đơn vị tiếp tục tuyên truyền …"): units doing something.
            if (line.Length is > 0 and < 200 && !line.Contains('\t', StringComparison.Ordinal) && !DateLike().IsMatch(line) && HeadingRegex().Match(line) is { Success: true } m
                && !TaskSentenceRegex().IsMatch(VietnameseText.Fold(m.Groups["t"].Value)) && !PaperSentRegex().IsMatch(VietnameseText.Fold(m.Groups["t"].Value)))
            {
                heading = m.Groups["t"].Value.Trim().TrimEnd('.', ':').Trim();
            }

            var start = lineStart;
            for (var i = lineStart; i < lineEnd - 2; i++)
            {
                if (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]) && NextVisible(text, i + 1, lineEnd) is { } next && (char.IsUpper(next) || char.IsDigit(next)))
                {
                    sentences.Add(new LetterSentence(start, i + 1, heading));
                    var numbered = NumberOnly().IsMatch(text.AsSpan(start, i + 1 - start));
                    start = i + 1;
                    heading = RunOnHeading(text, start, lineEnd) ?? heading;
                    // "… 2. Về việc kiểm tra … năm 2026 Các đơn vị …", "II. TỔ CHỨC THỰC HIỆN Các đơn vị …" pasted on one
                    // line: the heading is a sentence of its own, so the one after it never starts with it.
                    if (numbered && OpeningHeadingRegex().Match(text, start, Math.Min(lineEnd, start + 250) - start) is { Success: true } opening)
                    {
                        heading = opening.Groups["t"].Value.Trim();
                        sentences.Add(new LetterSentence(start, opening.Index + opening.Length, heading));
                        start = opening.Index + opening.Length;
                    }
                }
            }

            sentences.Add(new LetterSentence(start, lineEnd, heading));
            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    /// <summary>The sentence holding <paramref name="position"/>; sentences are in order and cover the text.</summary>
    public static LetterSentence At(List<LetterSentence> sentences, int position)
    {
        int low = 0, high = sentences.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (sentences[mid].Start <= position)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return sentences[low];
    }

    /// <summary>
    /// A letter pasted into a chat loses its line breaks, so "… theo yêu cầu. 3. Về việc kiểm tra, giám sát … năm 2024.
    /// Thực hiện …" carries its headings inside one line: a sentence "N. Về …" is a heading there too.
    /// </summary>
    private static string? RunOnHeading(string text, int start, int lineEnd)
    {
        var window = text[start..Math.Min(lineEnd, start + 250)];
        return RunOnHeadingRegex().Match(window) is { Success: true } m && !DateLike().IsMatch(m.Value) ? m.Groups["t"].Value.Trim() : null;
    }

    private static char? NextVisible(string text, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i];
            }
        }

        return null;
    }

    // "3. Về việc …", "2.1. Hạn chế", "III. TỔ CHỨC THỰC HIỆN".
    [GeneratedRegex(@"^(?:[0-9]+(?:\.[0-9]+)*\.?|[IVX]+\.)\s+(?<t>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex HeadingRegex();

    // Units as the subject, then what they do: "Các đơn vị tiếp tục …", "Đề nghị các chi, đảng bộ cơ sở tổ chức …".
    [GeneratedRegex(@"^(?:de\s+nghi\s+|yeu\s+cau\s+)?(?:cac\s+(?:don\s+vi|chi|dang\s+bo|doan\s+the|co\s+quan|ngan\s+hang|doanh\s+nghiep)|moi\s+don\s+vi|tung\s+don\s+vi|dang\s+bo|chi\s+bo|dang\s+uy)(?!\p{L})[^.:;]{0,60}?(?<!\p{L})(?:tiep\s+tuc|to\s+chuc|xay\s+dung|trien\s+khai|thuc\s+hien|tuyen\s+truyen|quan\s+triet|hoan\s+thanh|gui|nop|bao\s+cao|chi\s+dao|cu|dang\s+ky|kiem\s+tra|ra\s+soat|phoi\s+hop|chuan\s+bi|duy\s+tri|day\s+manh|lam\s+tot|tham\s+gia|tong\s+ket|so\s+ket)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex TaskSentenceRegex();

    // A dateless numbered point naming a paper and its sending ("2. Danh sách đề nghị khen thưởng gửi kèm báo cáo."): a
    // sibling item, not a heading whose topic the next point's paper would borrow.
    [GeneratedRegex(@"^(?:bai\s+|ban\s+)?(?:bao\s+cao|danh\s+sach|ke\s+hoach|tham\s+luan|bieu\s+mau|ho\s+so|so\s+lieu|bang\s+tong\s+hop)(?!\p{L}).*?(?<!\p{L})(?:gui|nop)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex PaperSentRegex();

    [GeneratedRegex(@"^\s*[0-9]+\.\s+(?<t>(?:Về|Ve|VỀ|VE)\s[^.\n]+)\.(?:\s|$)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RunOnHeadingRegex();

    // A heading's number alone: "2.", "II.".
    [GeneratedRegex(@"^\s*(?:[0-9]+|[IVX]+)\.\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberOnly();

    // After a heading's number, the heading up to the first words of the sentence after it: "Về việc …" before "Các
    // đơn vị", "Đề nghị" …, or words in capitals before a word that is not.
    [GeneratedRegex(@"\G\s*(?:(?<t>(?:Về|VỀ)\s[^.\n]+?)(?=\s+(?:Các|Đề nghị|Yêu cầu|Thực hiện|Căn cứ|Để|Nhằm|Ban|Đảng ủy|Hạn|Thời hạn|Đối với|Mỗi|Từng)\s)|(?<t>(?:[\p{Lu}\p{M}]+\s+){1,10}?[\p{Lu}\p{M}]+)(?=\s+\p{Lu}[\p{Ll}\p{M}]))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex OpeningHeadingRegex();

    // A date however it is written: "23/12", "23-12-2026", "30.12.2026", "ngày 5", "5 tháng 11" (not "2.1." of a heading's number).
    [GeneratedRegex(@"[0-9]{1,2}/[0-9]{1,2}|[0-9]{1,2}([.\-])[0-9]{1,2}\1[0-9]{2,4}|(?i:ngày|ngay)\s+[0-9]|[0-9]{1,2}\s+(?i:tháng|thang)\s+[0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex DateLike();
}
