using System.Text.RegularExpressions;
using QcdcBot.Bot.Conversation.Scope;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// "cho các đơn vị được kiểm tra năm 2026", "Các chi, đảng bộ cơ sở chưa thực hiện …": a group narrowed by something
/// the store does not hold (see <see cref="UnitGroupPhrases.Qualified"/>). /giao cannot tell which units are meant, so it
/// asks for them instead of giving the whole group, and the phrase (with its "cho") is no part of the title.
/// </summary>
internal static partial class QualifiedScope
{
    /// <summary>The phrase as written and the command's arguments without it (nor its "cho"); null when there is none.</summary>
    public static (string Phrase, string Without)? Find(string arguments)
    {
        var folded = FoldedText.Of(arguments);
        if (UnitGroupPhrases.Qualified(folded.Value) is not var (start, length))
        {
            return null;
        }

        var from = ChoBefore().Match(folded.Value[..start]) is { Success: true } cho ? cho.Index : start;
        var (cut, end) = (folded.OriginalStart(from), folded.OriginalEnd(start + length));
        var phrase = arguments[folded.OriginalStart(start)..end].Trim();
        var without = Spaces().Replace(arguments[..cut] + " " + arguments[end..], " ").Trim(' ', ',', ';', ':');
        return (phrase, without);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])cho\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex ChoBefore();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
