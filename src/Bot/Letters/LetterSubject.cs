using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// The letter's subject line under its number ("V/v báo cáo kết quả thực hiện QCDC năm 2026"): what a paper the
/// letter names only by its kind ("gửi báo cáo trước ngày …") is about, when no heading above the sentence says.
/// </summary>
internal static partial class LetterSubject
{
    public static string? In(string text)
    {
        var top = text[..Math.Min(text.Length, 800)];
        if (SubjectRegex().Match(top) is not { Success: true } m)
        {
            return null;
        }

        var subject = m.Groups["s"].Value.Trim();
        // "V/v báo cáo kết quả thực hiện⏎Quy chế dân chủ ở cơ sở năm 2026": a subject set on two or three lines under the
        // number goes on until the motto, the place and date, "Kính gửi" or a sentence of the body.
        var next = m.Index + m.Length;
        while (next < top.Length && top[next] is ' ' or '\r')
        {
            next++;
        }

        for (var lines = 0; lines < 2 && next < top.Length && top[next] == '\n' && !subject.EndsWith('.'); lines++)
        {
            var end = top.IndexOf('\n', next + 1);
            var line = top[(next + 1)..(end < 0 ? top.Length : end)].Trim();
            if (!GoesOnRegex().IsMatch(line) || NotSubjectRegex().IsMatch(line) || SubjectRegex().Match(" V/v " + line) is not { Success: true } rest
                || rest.Groups["s"].Value.Trim().Length != line.Length)
            {
                break;
            }

            subject = $"{subject} {line}";
            next = end < 0 ? top.Length : end;
        }

        return subject.TrimEnd('.', ',', ';') is { Length: > 3 } said ? said : null;
    }

    // A line of words, not too long, that ends no sentence: "Quy chế dân chủ ở cơ sở năm 2026".
    [GeneratedRegex(@"^\p{L}[^\t:]{0,79}$", RegexOptions.CultureInvariant)]
    private static partial Regex GoesOnRegex();

    // What follows the subject in a letter's head: its number, the place and date, the addressees, a body's first words.
    [GeneratedRegex(@"^(?:Số|So|Kính gửi|Kinh gui|Căn cứ|Can cu|Thực hiện|Thuc hien|Đề nghị|De nghi|Nơi nhận|Noi nhan|Độc lập|Doc lap|Ban\s|Đảng ủy|Dang uy)(?!\p{L})|,\s*(?:ngày|ngay)\s|[.;!?]$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotSubjectRegex();

    // Up to the line's end, "Kính gửi", or the place and date after it on a letter pasted on one line ("… Yên Bái, ngày"),
    // or the other column of the header flattened after it: the motto ("ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ
    // NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc") or any three words in capitals (an office's name), never an
    // initialism the subject holds ("QCDC").
    [GeneratedRegex(@"(?<![\p{L}/])(?:V/v|V/V|v/v)\.?\s*:?\s*(?<s>[^\n\t]+?)(?=\s*(?:\n|\t|Kính gửi|Kinh gui|(?:\s\p{Lu}\p{Ll}*)+,\s*ngày|(?<=\s|^)(?:Độc lập\s*[-–]|\p{Lu}{2,}(?:\s+\p{Lu}{2,}){2,}(?!\p{L}))|$))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SubjectRegex();
}
