using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>"…; kết quả gửi trước …": the result of the work the sentence asks for, not a paper named "Kết quả".</summary>
internal static partial class DeadlineTitle
{
    /// <summary>
    /// "Rà soát quy chế dân chủ tại cơ quan, đơn vị; kết quả gửi trước ngày 16/12/2026" → "Kết quả rà soát quy chế dân
    /// chủ tại cơ quan, đơn vị": when the words before the date name no paper but send a "kết quả", the work before it says
    /// what result; else the heading's or the letter's subject. Null when the words send no "kết quả".
    /// </summary>
    /// <param name="sentence">The sentence up to the date, the work before "kết quả" included.</param>
    public static string? OfAResult(string window, string sentence, string? heading, string? subject)
    {
        if (NamesAPaper(window) || ResultSentRegex().Match(VietnameseText.Fold(window)) is not { Success: true })
        {
            return null;
        }

        var folded = FoldedText.Of(sentence);
        var at = ResultSentRegex().Match(folded.Value);
        var before = at.Success ? sentence[..folded.OriginalStart(at.Index)].TrimEnd(' ', ',', ';', ':', '-', '–', '.') : string.Empty;
        var clause = before[(before.LastIndexOfAny([';', ':', '\n', '\t', '.']) + 1)..];
        var lead = FoldedText.Of(clause);
        var work = Tidy(clause[lead.OriginalStart(WorkLeadRegex().Match(lead.Value).Length)..]);
        if (work.Any(char.IsLetter) && work.Length <= MaxLength - 10 && !NamesAPaper(work))
        {
            return $"Kết quả {char.ToLowerInvariant(work[0])}{work[1..]}";
        }

        return About(heading, subject) is { } what ? Join("Kết quả", what) : null;
    }

    // "kết quả gửi …", ", kết quả nộp …", "kết quả báo cáo về …": the result sent, its work said before it.
    [GeneratedRegex(@"(?<!\p{L})ket\s+qua\s+(?:(?:duoc|de\s+nghi)\s+)?(?:gui|nop|bao\s+cao)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex ResultSentRegex();

    // A bullet or number, "Đề nghị", and who is asked ("các đơn vị", "các chi, đảng bộ cơ sở") before the work.
    [GeneratedRegex(@"^\s*(?:(?:[-–•+*]|[0-9]+\.|[a-z]\))\s*)?(?:(?:de\s+nghi|yeu\s+cau)\s+)?(?:(?:cac|moi|tung)\s+(?:don\s+vi|chi\s*,\s*dang\s+bo(?:\s+co\s+so)?|chi\s+bo|dang\s+bo)(?:\s+(?:truc\s+thuoc|co\s+so))?\s*,?\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex WorkLeadRegex();
}
