using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Text;

// The days counted ahead ("thứ 6 tuần sau") where a written date was looked for first.
internal static partial class DatePhraseParser
{
    [GeneratedRegex("^(?:" + CountWord + @")\s")]
    private static partial Regex CountedAhead();

    /// <summary>
    /// The first date written anywhere in the text (<see cref="FindAnyDate"/>), or else a day counted ahead of
    /// <paramref name="today"/> as the rest of the bot reads it ("thứ 6 tuần sau", "thu hai tuan toi", "thứ 5 này",
    /// "ngày mai"). Never "tuần sau" alone (no one day) nor "… tuần sau nữa" (a week the bot does not count): those are
    /// not found, so the person is asked for the date. Nor a count ("3 ngày nữa", "1 tuần nữa"): asking for an extension
    /// it is a length from the current due date, which the caller reads.
    /// </summary>
    public static DateParseResult FindAnyDateOrDayAhead(string text, DateOnly today)
    {
        var written = FindAnyDate(text, today);
        if (written.Problem != DateProblem.NotFound)
        {
            return written;
        }

        var ahead = RelativeFutureDay(FoldedText.Of(text), today);
        if (ahead is not { Date: not null, Phrase: { } phrase })
        {
            return DateParseResult.NotFound;
        }

        var said = VietnameseText.Fold(text.Substring(phrase.Start, phrase.Length)).Trim();
        var after = VietnameseText.Fold(text[(phrase.Start + phrase.Length)..]).TrimStart();
        return said.StartsWith("tuan", StringComparison.Ordinal) || after.StartsWith("nua", StringComparison.Ordinal) || CountedAhead().IsMatch(said)
            ? DateParseResult.NotFound
            : ahead;
    }
}
