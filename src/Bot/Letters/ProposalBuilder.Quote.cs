using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>The quote an item shows: its sentence, cut around the date when long.</summary>
internal sealed partial class ProposalBuilder
{
    /// <summary>The sentence, or 140 characters around the date when it is long, on word boundaries.</summary>
    private static string Quote(string text, LetterSentence sentence, DatePhrase phrase)
    {
        const int Before = 110;
        const int After = 30;
        var start = sentence.Start;
        var end = sentence.End;
        var cutStart = phrase.Start - start > Before;
        var cutEnd = end - (phrase.Start + phrase.Length) > After;
        if (cutStart)
        {
            start = text.IndexOf(' ', phrase.Start - Before) is var space && space >= 0 && space < phrase.Start ? space + 1 : phrase.Start - Before;
        }

        if (cutEnd)
        {
            end = text.LastIndexOf(' ', phrase.Start + phrase.Length + After) is var space && space > phrase.Start + phrase.Length ? space : phrase.Start + phrase.Length + After;
        }

        var quote = Spaces().Replace(text[start..end], " ").Trim();
        return (cutStart ? "…" : string.Empty) + quote + (cutEnd ? "…" : string.Empty);
    }
}
