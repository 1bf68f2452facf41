using System.Text.RegularExpressions;
using QcdcBot.Bot.Conversation.Scope;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// "cho các đơn vị được kiểm tra năm 2026", "Các chi, đảng bộ cơ sở chưa thực hiện …": a group narrowed by something
/// the store does not hold (see <see cref="UnitGroupPhrases.Qualified"/>). /giao cannot tell which units are meant, so it
/// asks for them instead of giving the whole group, and the phrase (with its "cho") is no part of the title. After
/// "trừ" ("cho các chi bộ trừ các chi bộ được kiểm tra năm 2026") the phrase names the units to leave out: the words
/// before it, "trừ" included, stay, and the units typed next complete them.
/// </summary>
internal static partial class QualifiedScope
{
    /// <summary>
    /// The phrase as written and the command's arguments without it (nor its "cho"), and whether it follows "trừ"
    /// (the units to leave out); null when there is none.
    /// </summary>
    public static (string Phrase, string Without, bool Excluding)? Find(string arguments)
    {
        var folded = FoldedText.Of(arguments);
        if (UnitGroupPhrases.Qualified(folded.Value) is not var (start, length))
        {
            return null;
        }

        var excluding = ExcludingBefore().IsMatch(folded.Value[..start]);
        var from = !excluding && ChoBefore().Match(folded.Value[..start]) is { Success: true } cho ? cho.Index : start;
        var (cut, end) = (folded.OriginalStart(from), folded.OriginalEnd(start + length));
        var phrase = arguments[folded.OriginalStart(start)..end].Trim();
        var without = Spaces().Replace(arguments[..cut] + " " + arguments[end..], " ").Trim(' ', ',', ';', ':');
        return (phrase, without, excluding);
    }

    /// <summary>The command ends with "trừ" (or "ngoại trừ", "không kể"…): the units typed next are the ones left out.</summary>
    public static bool EndsExcluding(string command) => ExcludingBefore().IsMatch(FoldedText.Of(command).Value);

    /// <summary>The command without its closing "trừ", to say what the units are taken out of.</summary>
    public static string WithoutExcluding(string command)
    {
        var folded = FoldedText.Of(command);
        return ExcludingBefore().Match(folded.Value) is { Success: true } m ? command[..folded.OriginalStart(m.Index)].TrimEnd(' ', ',') : command;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])cho\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex ChoBefore();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])" + UnitGroupPhrases.ExcludingWords + @"\s*:?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ExcludingBefore();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
