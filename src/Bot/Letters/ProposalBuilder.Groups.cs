using QcdcBot.Bot.Conversation.Scope;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Letters;

/// <summary>The group phrases a sentence names as /giao reads them (see <see cref="UnitGroupPhrases"/>).</summary>
internal sealed partial class ProposalBuilder
{
    /// <summary>
    /// "Tất cả các đơn vị gửi …" is every unit in the store, as in /giao; "Các đơn vị được kiểm tra năm 2025 gửi …" is
    /// a group the bot cannot tell, listed as a name not matched so that it is asked about, never a whole group
    /// silently, even when the qualified words hold a group of their own. Null when the sentence says neither, or names
    /// a group of its own (<paramref name="groups"/>).
    /// </summary>
    private static (DeadlineScope Scope, UnitKind? Kind, List<long> Ids, List<string> Unmatched, Dictionary<string, IReadOnlyList<string>> Several, bool ToAddressees, string? Untold)? GroupOfTheSentence(string sentence, string folded, int groups)
    {
        // The qualifier wins over any group the sentence also names: "Các chi, đảng bộ cơ sở chưa thực hiện …" names
        // the chi, đảng bộ cơ sở, but only some of them are meant.
        var spaced = FoldedText.Of(sentence);
        if (UnitGroupPhrases.Qualified(spaced.Value) is var (start, length))
        {
            var written = sentence[spaced.OriginalStart(start)..spaced.OriginalEnd(start + length)].Trim();
            return (DeadlineScope.Units, null, [], [written], [], false, null);
        }

        if (groups > 0)
        {
            // "Tất cả các đơn vị … ; riêng các đoàn thể khối gửi …": the group named first is the sentence's.
            var first = UnitGroups.In(folded).Min(g => g.Start);
            return UnitGroupPhrases.EveryUnitAt(folded) is { } every && every < first ? (DeadlineScope.All, null, [], [], [], false, null) : null;
        }

        return UnitGroupPhrases.NamesEveryUnit(folded) ? (DeadlineScope.All, null, [], [], [], false, null) : null;
    }
}
