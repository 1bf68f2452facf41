namespace QcdcBot.Bot.Letters.Reading;

/// <summary>The text of a letter, or why there is none (a Vietnamese sentence for the person who sent it).</summary>
internal sealed record LetterText(string? Text, string? Problem)
{
    public static LetterText Of(string text) => new(text, null);

    public static LetterText Refused(string problem) => new(null, problem);
}
