using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// "Đảng bộ Sở Y tế gửi báo cáo … trước ngày 15/12; Chi bộ Báo Yên Bái gửi tham luận trước ngày 16/12": each deadline
/// of a sentence asks the units of its own clause (the clause that holds its date), never its neighbour's.
/// </summary>
internal sealed partial class ProposalBuilder
{
    /// <returns>
    /// The words whose units the deadline at <paramref name="phrase"/> asks, or null when the sentence holds one due date
    /// or none of its clauses names units (then the whole sentence is read, as before). A clause naming no units after a
    /// semicolon is for the letter's default units (its own words, which name none); after "," or "và" it shares the
    /// subject of the clause before ("Sở Y tế gửi báo cáo A trước …, kế hoạch B trước …").
    /// </returns>
    private static string? OwnClause(string text, LetterSentence sentence, DatePhrase phrase, IEnumerable<DatePhrase> phrases, UnitNameIndex unitNames)
    {
        var inSentence = phrases.Where(p => p.Start >= sentence.Start && p.Start < sentence.End).OrderBy(p => p.Start).ToList();
        var at = inSentence.FindIndex(p => p.Start == phrase.Start);
        var lineStart = text.LastIndexOf('\n', Math.Max(phrase.Start - 1, 0)) + 1;
        if (inSentence.Count < 2 || at < 0 || text.IndexOf('\t', lineStart, phrase.Start - lineStart) >= 0)
        {
            return null;
        }

        var clauses = inSentence.Select((p, i) => text[(i == 0 ? sentence.Start : inSentence[i - 1].Start + inSentence[i - 1].Length)..(i == inSentence.Count - 1 ? sentence.End : p.Start + p.Length)]).ToList();
        var naming = clauses.Select(c => NamesUnits(c, unitNames)).ToList();
        if (!naming.Contains(true))
        {
            return null;
        }

        // "Đề nghị Đảng bộ Sở Y tế: gửi báo cáo A trước …; gửi kế hoạch B trước …": the words before the colon ask every clause.
        var colon = clauses[0].IndexOf(':', StringComparison.Ordinal);
        var leadIn = colon >= 0 && colon < inSentence[0].Start - sentence.Start ? clauses[0][..(colon + 1)] : string.Empty;
        for (var i = at; i >= 0; i--)
        {
            if (naming[i])
            {
                return clauses[i];
            }

            if (i == 0 || !SharedSubject().IsMatch(VietnameseText.Fold(clauses[i])))
            {
                return leadIn.Length > 0 && i > 0 ? leadIn + " " + clauses[i] : clauses[i];
            }
        }

        return clauses[at];
    }

    private static bool NamesUnits(string clause, UnitNameIndex unitNames) =>
        UnitGroups.In(VietnameseText.Fold(clause)).Count > 0 || NamedUnits.In(clause, unitNames).Count > 0 || Subject(clause, unitNames).Count > 0;

    // The clause runs on from the one before with "," or "và" and names its paper, not a new subject: "…, kế hoạch B trước …".
    [GeneratedRegex(@"^\s*(?:\([^)]*\)\s*)?(?:,|va(?!\p{L})|cung\s+nhu)", RegexOptions.CultureInvariant)]
    private static partial Regex SharedSubject();
}
