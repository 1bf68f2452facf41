using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Text;

/// <summary>A received day said against the deadline's due date ("nhận ngày hạn", "trước hạn 1 ngày"), in words ("ngày mười bốn"), or at the year's turn.</summary>
internal static partial class DatePhraseParser
{
    /// <summary>
    /// The day a paper was received, as <see cref="FindPastDate"/> reads it, where a written date always wins; else a day
    /// said against <paramref name="due"/> ("ngày hạn", "đúng ngày hạn", "hôm trước hạn", "trước hạn 1 ngày", "muộn 2
    /// ngày"), a day of the month in words ("ngày mười bốn", "hôm mười lăm"); and words that name no one day
    /// ("đúng hạn", "trước hạn", "năm ngoái", "cuối năm", "trước Tết") are <see cref="DateProblem.VagueDate"/>, never today.
    /// </summary>
    public static DateParseResult FindReceivedDate(string text, DateOnly today, DateOnly due)
    {
        var folded = FoldedText.Of(text);
        if (!AnyDateRegex().IsMatch(folded.Value) && !DayOnlyRegex().IsMatch(folded.Value) && AgainstDueRegex().Match(folded.Value) is { Success: true } against)
        {
            // Before the days counted back from today: "2 ngày trước hạn" is two days before the due date, not before today.
            var count = against.Groups["n"].Success ? Counted(against.Groups["n"].Value) * (against.Groups["span"].Value == "tuan" ? 7 : 1) : 0;
            var date = due.AddDays(against.Groups["before"].Success ? -Math.Max(count, 1) : count);
            var start = folded.OriginalStart(against.Index);
            var phrase = new DatePhrase(start, folded.OriginalEnd(against.Index + against.Length) - start, string.Empty, date.Day, date.Month, date.Year);
            return new DateParseResult(date, phrase, DateProblem.None, false, date > today ? [DateFlag.AgainstDueDate, DateFlag.InTheFuture] : [DateFlag.AgainstDueDate]);
        }

        var past = FindPastDate(text, today);
        if (past.Problem is not (DateProblem.NotFound or DateProblem.VagueDate))
        {
            return past;
        }

        if (DayInWordsRegex().Match(folded.Value) is { Success: true } words)
        {
            var d = (words.Groups["tens"].Success ? Counted(words.Groups["tens"].Value) * 10 : 10) + (words.Groups["unit"].Success ? UnitWord(words.Groups["unit"].Value) : 0);
            var at = folded.OriginalStart(words.Groups["d"].Index);
            var length = folded.OriginalEnd(words.Index + words.Length) - at;
            if (LatestDay(d, today) is not { } found)
            {
                return new DateParseResult(null, new DatePhrase(at, length, string.Empty, d, today.Month, today.Year), DateProblem.ImpossibleDate, false, []);
            }

            DateFlag[] flags = found.Month != today.Month || found.Year != today.Year ? [DateFlag.EarlierMonth] : [];
            return new DateParseResult(found, new DatePhrase(at, length, string.Empty, d, found.Month, found.Year), DateProblem.None, false, flags);
        }

        return NoOneDayRegex().Match(folded.Value) is { Success: true } none ? Vague(folded, none) : past;
    }

    private static int UnitWord(string word) => word switch
    {
        "tu" => 4,
        "lam" or "nham" => 5,
        "sau" => 6,
        "bay" => 7,
        "tam" => 8,
        "chin" => 9,
        _ => Counted(word),
    };

    // "ngày hạn", "đúng ngày hạn", "vào hạn chót"; "hôm trước hạn" (the day before); "trước hạn 1 ngày", "sớm 2 ngày so với
    // hạn"; "muộn 1 ngày", "trễ hạn 2 ngày", "sau hạn 1 ngày", "quá hạn 3 hôm". "hạn chế", "gia hạn" are no due date.
    private const string Count = @"(?<n>" + CountWord + @")\s+(?<span>ngay|hom|tuan)";

    // "muộn", "trễ", "chậm", "sớm" only make sense against the due date; "trước", "sau", "quá" only with "hạn" written.
    private const string Due = @"(?:ngay\s+)?han(?:\s+chot)?";

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?<before>(?:ngay|hom|hum|bua)\s+truoc\s+" + Due + @")"
        + @"|(?<before>truoc\s+" + Due + @"\s+" + Count + @"|som\s+(?:" + Due + @"\s+)?" + Count + @"(?:\s+(?:so\s+voi\s+)?" + Due + @")?"
        + @"|truoc\s+" + Count + @"\s+(?:so\s+voi\s+)?" + Due + @"|" + Count + @"\s+(?:truoc|som\s+hon)\s+" + Due + @")"
        + @"|(?<after>(?:muon|tre|cham)\s+(?:" + Due + @"\s+)?" + Count + @"|(?:qua|sau)\s+" + Due + @"\s+" + Count + @"|" + Count + @"\s+(?:sau|qua|tre|muon)\s+" + Due + @")"
        + @"|(?:(?:dung|vao|trong)\s+)?ngay\s+han(?:\s+chot)?|(?:dung|vao)\s+han\s+chot)(?![\p{L}\p{N}])", Options)]
    private static partial Regex AgainstDueRegex();

    // "ngày mười bốn", "hôm mười lăm", "ngày hai mươi mốt": a day of the month said in words, ten or more.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:ngay|hom|hum|bua)\s+(?:(?:mung|mong)\s+)?(?<d>(?:(?<tens>hai|ba)\s+)?muoi"
        + @"(?:\s+(?<unit>mot|hai|ba|bon|tu|lam|nham|nam|sau|bay|tam|chin))?)(?![\p{L}\p{N}])", Options)]
    private static partial Regex DayInWordsRegex();

    // Received "đúng hạn", "trước hạn", "năm ngoái", "cuối năm", "đầu năm mới", "trước Tết (dương lịch)", "dịp nghỉ Tết": no one day.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:dung\s+han|truoc\s+han(?:\s+chot)?|nam\s+(?:ngoai|truoc|cu)|(?:cuoi|dau)\s+nam(?:\s+moi)?"
        + @"|(?:truoc|sau|dip|nghi|ngay)\s+(?:nghi\s+)?(?:tet|le)(?:\s+duong(?:\s+lich)?)?)(?![\p{L}\p{N}])", Options)]
    private static partial Regex NoOneDayRegex();
}
