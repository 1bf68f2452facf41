namespace QcdcBot.Bot.Text;

/// <summary>
/// The outcome of reading a deadline. <see cref="Date"/> is set only when <see cref="Problem"/> is None;
/// <see cref="Phrase"/> is set whenever a phrase was found, even an impossible one, so the caller can quote it.
/// </summary>
internal sealed record DateParseResult(
    DateOnly? Date,
    DatePhrase? Phrase,
    DateProblem Problem,
    bool YearWasInferred,
    IReadOnlyList<DateFlag> Flags)
{
    public static DateParseResult NotFound { get; } = new(null, null, DateProblem.NotFound, false, []);
}
