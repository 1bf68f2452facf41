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

    [GeneratedRegex(@"(?:gom(?:\s+co)?|sau\s+day|don\s+vi(?:\s+sau)?)\s*:$", RegexOptions.CultureInvariant)]
    private static partial Regex ListStartRegex();

    // "- Sở Xây dựng;", "+ Sở Y tế,", "• Thanh tra tỉnh", "1) Cục Thuế".
    [GeneratedRegex(@"^(?:[-–+•*]|[0-9]{1,2}[.)]|[a-z]\))\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex BulletRegex();
}
