using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Text;

/// <summary>The days a received paper is said to have come in: counted back from today, or a day of this month.</summary>
internal static partial class DatePhraseParser
{
    /// <summary>A small count in digits or words: "3", "ba", "một".</summary>
    private const string CountWord = "[0-9]{1,2}|mot|hai|ba|bon|nam|muoi";

    private static int Counted(string word) => word switch
    {
        "mot" => 1,
        "hai" => 2,
        "ba" => 3,
        "bon" => 4,
        "nam" => 5,
        "muoi" => 10,
        _ => int.Parse(word, System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// "nhận ngày 9", "hôm 14", "ngày 14 tháng này": a day already past, so the latest such day on or before today
    /// ("hôm 31" on 4/1 is 31/12, "hôm 20" on 17/12 is 20/11, "hôm 31" on 4/3 is 31/1), flagged
    /// <see cref="DateFlag.EarlierMonth"/> when that is not this month; only "tháng này" written keeps this month, then
    /// flagged <see cref="DateFlag.InTheFuture"/> when still to come. <see cref="DateParseResult.NotFound"/> when there is none.
    /// </summary>
    private static DateParseResult DayOfThisMonth(FoldedText folded, DateOnly today)
    {
        if (DayOnlyRegex().Match(folded.Value) is not { Success: true } dayOnly)
        {
            return DateParseResult.NotFound;
        }

        var d = int.Parse(dayOnly.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var at = folded.OriginalStart(dayOnly.Groups[dayOnly.Groups["lead"].Success ? "lead" : "d"].Index);
        var length = folded.OriginalEnd(dayOnly.Index + dayOnly.Length) - at;
        var date = dayOnly.Groups["month"].Success ? TryMakeDate(today.Year, today.Month, d) : LatestDay(d, today);
        if (date is not { } found)
        {
            return new DateParseResult(null, new DatePhrase(at, length, string.Empty, d, today.Month, today.Year), DateProblem.ImpossibleDate, false, []);
        }

        DateFlag[] flags = found > today ? [DateFlag.InTheFuture] : found.Month != today.Month || found.Year != today.Year ? [DateFlag.EarlierMonth] : [];
        return new DateParseResult(found, new DatePhrase(at, length, string.Empty, d, found.Month, found.Year), DateProblem.None, false, flags);
    }

    /// <summary>The latest day <paramref name="day"/> of a month on or before <paramref name="today"/>, within a year; null for a day no month has.</summary>
    private static DateOnly? LatestDay(int day, DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        for (var back = 0; back <= 12; back++, month = month.AddMonths(-1))
        {
            if (TryMakeDate(month.Year, month.Month, day) is { } candidate && candidate <= today)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// "nhận hôm qua", "hôm kia", "sáng nay", "thứ Hai vừa rồi", "thứ 6 tuần trước": a day counted back from
    /// <paramref name="today"/>; its phrase carries the year, as nothing about it was guessed.
    /// </summary>
    private static DateParseResult RelativePastDay(FoldedText folded, DateOnly today)
    {
        var match = RelativePastRegex().Match(folded.Value);
        if (!match.Success)
        {
            return DateParseResult.NotFound;
        }

        DateOnly date;
        if (match.Groups["back"].Success)
        {
            var word = match.Groups["back"].Value;
            date = today.AddDays(word.EndsWith("nay", StringComparison.Ordinal) ? 0 : word.EndsWith("kia", StringComparison.Ordinal) ? -2 : -1);
        }
        else if (match.Groups["ago"].Success)
        {
            // "2 hôm trước", "ba ngày trước", "cách đây 3 ngày", "1 tuần trước": counted back from today.
            date = today.AddDays(-Counted(match.Groups["ago"].Value) * (match.Groups["span"].Value == "tuan" ? 7 : 1));
        }
        else
        {
            var weekday = WeekdayWords.Of(match.Groups["wd"].Value);
            var when = match.Groups["when"].Value;
            // Plain "thứ Hai" may be today; "vừa rồi" is the last one before today; "tuần trước" is last week's (Monday–Sunday).
            var back = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
            if (when.StartsWith("tuan", StringComparison.Ordinal))
            {
                // "tuần trước nữa": the week before last.
                var mondayThisWeek = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
                date = mondayThisWeek.AddDays((when.EndsWith("nua", StringComparison.Ordinal) ? -14 : -7) + (((int)weekday + 6) % 7));
            }
            else
            {
                date = today.AddDays(-(back == 0 && when.Length > 0 ? 7 : back));
            }
        }

        var start = folded.OriginalStart(match.Index);
        var phrase = new DatePhrase(start, folded.OriginalEnd(match.Index + match.Length) - start, string.Empty, date.Day, date.Month, date.Year);
        return new DateParseResult(date, phrase, DateProblem.None, false, []);
    }

    /// <summary>
    /// "tuần trước", "đầu tuần này", "hôm trước", "tháng trước": a received time that is no one day. It is reported as
    /// <see cref="DateProblem.VagueDate"/> with its phrase, so the command asks which day instead of taking today.
    /// </summary>
    private static DateParseResult VagueDay(FoldedText folded)
    {
        var match = VagueRegex().Match(folded.Value);
        return match.Success ? Vague(folded, match) : DateParseResult.NotFound;
    }

    private static DateParseResult Vague(FoldedText folded, Match match)
    {
        var start = folded.OriginalStart(match.Index);
        return new DateParseResult(null, new DatePhrase(start, folded.OriginalEnd(match.Index + match.Length) - start, string.Empty, 0, 0, null), DateProblem.VagueDate, false, []);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?:dau|giua|cuoi)\s+)?(?:tuan|thang)\s+(?:nay|truoc|roi|vua\s+roi|vua\s+qua)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:hom|hum|bua|may\s+hom|mays\s+hom)\s+(?:truoc|no)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:dau|cuoi)\s+tuan(?![\p{L}\p{N}])", Options)]
    private static partial Regex VagueRegex();

    // The phones' "t2" … "t7", "cn": a weekday only after a day word ("nhận hôm t6", "ngày cn") or before "vừa rồi", "tuần
    // trước" ("t7 vừa rồi"), so a month written short ("bc t5") is never read as Thursday.
    private const string ShortWeekday = @"(?:t(?<wd>[2-7])|cn)";

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?<back>(?:hom|hum|bua|sang|trua|chieu|toi)\s+(?:nay|qua|wa|qa)|h(?:qua|wa|qa)|dem\s+(?:qua|wa)|(?:hom|hum|bua)\s+kia)"
        + @"|cach\s+(?:day\s+)?(?:khoang\s+)?(?<ago>" + CountWord + @")\s+(?<span>hom|ngay|tuan)(?:\s+(?:truoc|roi))?"
        + @"|(?<ago>" + CountWord + @")\s+(?<span>hom|ngay|tuan)\s+(?:truoc|roi)"
        + @"|(?:thu\s+(?<wd>hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat|" + ShortWeekday + @"(?=\s+(?:vua|tuan\s+truoc|truoc)(?![\p{L}\p{N}]))"
        + @"|(?<=(?<![\p{L}\p{N}])(?:hom|hum|bua|ngay|nhan|vao)\s+)" + ShortWeekday + @")(?:\s+(?<when>vua\s+roi|vua\s+qua|tuan\s+truoc\s+nua|tuan\s+truoc|truoc))?)(?![\p{L}\p{N}])", Options)]
    private static partial Regex RelativePastRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?:ngay|hom|hum|bua)\s+(?<lead>(?:mung|mong)\s+)?|(?<lead>(?:mung|mong)\s+))(?<d>[0-9]{1,2})(?:(?<month>\s+thang\s+nay)(?![\p{L}\p{N}])|(?![0-9]|\s*(?:thang|gio|h)(?!\p{L})|[/.\-][0-9]))", Options)]
    private static partial Regex DayOnlyRegex();

    /// <summary>
    /// Words that speak of a day but were read as none ("hôm đó", "cách đây mấy hôm", "2 tháng trước"): reported as
    /// <see cref="DateProblem.VagueDate"/>, so the command asks which day instead of taking today in silence.
    /// </summary>
    private static DateParseResult UnreadDay(FoldedText folded)
    {
        var match = UnreadRegex().Match(folded.Value);
        return match.Success ? Vague(folded, match) : DateParseResult.NotFound;
    }

    // "hôm thư" (the mailbox) is no day; a weekday after "hôm" was read before this.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:cach\s+day(?:\s+[\p{L}\p{N}]+){1,2}|(?:hom|hum|bua)\s+(?!thu(?![\p{L}\p{N}]))[\p{L}\p{N}]+|(?:tuan|thang)\s+truoc\s+nua"
        + @"|(?:" + CountWord + @")\s+(?:hom|ngay|tuan|thang)\s+(?:truoc|roi|nua|toi|sau))(?![\p{L}\p{N}])", Options)]
    private static partial Regex UnreadRegex();
}
