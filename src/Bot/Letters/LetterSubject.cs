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
        return SubjectRegex().Match(top) is { Success: true } m && m.Groups["s"].Value.Trim().TrimEnd('.', ',', ';') is { Length: > 3 } subject ? subject : null;
    }

    // Up to the line's end, "Kính gửi", or the place and date after it on a letter pasted on one line ("… Yên Bái, ngày"),
    // or the other column of the header flattened after it: the motto ("ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ
    // NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc") or any three words in capitals (an office's name), never an
    // initialism the subject holds ("QCDC").
    [GeneratedRegex(@"(?<![\p{L}/])(?:V/v|V/V|v/v)\.?\s*:?\s*(?<s>[^\n\t]+?)(?=\s*(?:\n|\t|Kính gửi|Kinh gui|(?:\s\p{Lu}\p{Ll}*)+,\s*ngày|(?<=\s|^)(?:Độc lập\s*[-–]|\p{Lu}{2,}(?:\s+\p{Lu}{2,}){2,}(?!\p{L}))|$))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SubjectRegex();
}
