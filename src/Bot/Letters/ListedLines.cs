using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// "Các đơn vị gồm:\n- Sở Xây dựng;\n- Sở Nông nghiệp …;\n- Công ty …\ngửi báo cáo … trước ngày 24/12/2026.": a sentence
/// that goes on after a list written one name a line starts at the list's "gồm:", so every name of it is read.
/// </summary>
internal static partial class ListedLines
{
    private const int MaxLines = 40;

    public static LetterSentence Joined(string text, LetterSentence sentence)
    {
        var first = sentence.Start;
        while (first < sentence.End && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        // Only a sentence that goes on from the lines above (it starts in lower case, or is the list's last line, which
        // the reader joined to the words after it) belongs to a list before it.
        if (first >= sentence.End || !(char.IsLower(text[first]) || BulletRegex().IsMatch(VietnameseText.Fold(text[first..sentence.End])))
            || sentence.Start == 0 || text[sentence.Start - 1] != '\n')
        {
            return sentence;
        }

        var lineEnd = sentence.Start - 1;
        for (var lines = 0; lines < MaxLines && lineEnd > 0; lines++)
        {
            var lineStart = text.LastIndexOf('\n', lineEnd - 1) + 1;
            var line = VietnameseText.Fold(text[lineStart..lineEnd]).Trim();
            if (ListStartRegex().IsMatch(line))
            {
                return sentence with { Start = lineStart };
            }

            if (!BulletRegex().IsMatch(line) || lineStart == 0)
            {
                return sentence;
            }

            lineEnd = lineStart - 1;
        }

        return sentence;
    }

    /// <summary>
    /// "Đề nghị các đơn vị sau đây đăng ký …, gửi về Ban Tuyên giáo trước ngày 05/01/2027:" then "- Đảng bộ …;" one a line:
    /// the units asked are the lines below, as a "gồm:" list; null when the sentence does not point to a list below it.
    /// </summary>
    public static string? Below(string text, LetterSentence sentence)
    {
        var own = text[sentence.Start..sentence.End].TrimEnd();
        if (!own.EndsWith(':') || !UnitsBelowRegex().IsMatch(VietnameseText.Fold(own)))
        {
            return null;
        }

        var names = new List<string>();
        for (var start = sentence.End + 1; start < text.Length && names.Count < MaxLines;)
        {
            var end = text.IndexOf('\n', start) is var n and >= 0 ? n : text.Length;
            var line = text[start..end].Trim();
            start = end + 1;
            if (line.Length == 0 && names.Count == 0)
            {
                continue;
            }

            if (line.Length == 0 || !BulletRegex().IsMatch(VietnameseText.Fold(line)) || NamedUnits.StartsWithAVerb(line))
            {
                break;
            }

            names.Add(BulletMarkRegex().Replace(line, string.Empty).Trim().TrimEnd(';', '.', ',').Trim());
        }

        return names.Count == 0 ? null : "Các đơn vị gồm: " + string.Join("; ", names);
    }

    // "các đơn vị sau đây", "03 đảng bộ sau", "các chi bộ có tên dưới đây": the list is below.
    [GeneratedRegex(@"(?<!\p{L})(?:don\s+vi|dang\s+bo|chi\s+bo|co\s+quan)\s+(?:sau(?:\s+day)?|duoi\s+day|co\s+ten\s+(?:sau|duoi)(?:\s+day)?)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex UnitsBelowRegex();

    [GeneratedRegex(@"^\s*(?:[-–+•*]|[0-9]{1,2}[.)]|[a-z]\))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex BulletMarkRegex();

    [GeneratedRegex(@"(?:gom(?:\s+co)?|sau\s+day|don\s+vi(?:\s+sau)?)\s*:$", RegexOptions.CultureInvariant)]
    private static partial Regex ListStartRegex();

    // "- Sở Xây dựng;", "+ Sở Y tế,", "• Thanh tra tỉnh", "1) Cục Thuế".
    [GeneratedRegex(@"^(?:[-–+•*]|[0-9]{1,2}[.)]|[a-z]\))\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex BulletRegex();
}
