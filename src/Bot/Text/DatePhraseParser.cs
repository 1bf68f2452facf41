using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Text;

/// <summary>
/// Reads Vietnamese deadline phrases ("trước ngày 25/10/2024", "hạn chót 15/12", "chậm nhất là ngày 5 tháng 11").
/// Dates are always day/month[/year]. Matching is accent- and case-insensitive and works on NFD input;
/// reported positions index the text exactly as passed in.
/// </summary>
internal static partial class DatePhraseParser
{
    // All patterns run on FoldedText.Value: lower-case, no accents, đ → d, one char per whitespace char.
    // A slash may have a space on either side in a typed letter ("15/ 4/2024", "16/4/ 2024").
    private const string Numeric =
        @"(?<![0-9]|[0-9][/.\-])(?:(?<d>[0-9]{1,2})[^\S\n]?/[^\S\n]?(?<m>[0-9]{1,2})"
        + @"(?:[^\S\n]?/[^\S\n]?(?<y>[0-9]{4}|[0-9]{2})(?![0-9])|(?![0-9]|[^\S\n]?[/\-][^\S\n]?[0-9]|[^\S\n]?\.[0-9]))"
        + @"|(?<d>[0-9]{1,2})(?<sep>[.\-])(?<m>[0-9]{1,2})"
        + @"(?:\k<sep>(?<y>[0-9]{4}|[0-9]{2})(?![0-9])|(?![0-9]|[/.\-][0-9])))";

    // "mùng 5 tháng 1" and the phones' "5 thg 1" are the same date; "mùng" belongs to it (never left in a reason).
    private const string Verbal =
        @"(?:(?<![\p{L}\p{N}])(?:mung|mong)\s+)?(?<![0-9])(?<d>[0-9]{1,2})\s+(?:thang|thg)\s+(?<m>[0-9]{1,2})(?![0-9])(?:\s*,?\s*nam\s+(?<y>[0-9]{4})(?![0-9]))?";

    private const string DateCore = "(?:" + Verbal + "|" + Numeric + ")";

    // "hạn chót" before "hạn" so the longer keyword wins; the date must follow directly, which keeps "hạn chế" out.
    private const string Keyword =
        @"(?<![\p{L}\p{N}])(?<kw>han\s+chot|cham\s+nhat|muon\s+nhat|khong\s+qua|den\s+het|truoc|trc|han)\s*:?\s*(?:(?:la|vao|den)\s+)?"
        // "chậm nhất là hết ngày 18/12", "hạn là hết ngày 18/12": by the end of that day. Not "trước hết" ("first of all").
        + @"(?:(?<!(?<![\p{L}\p{N}])truoc\s+)het\s+)?"
        // An hour before the day ("trước 17 giờ ngày 15/12", "trước 16h00 ngày 21/12", "trước 8 giờ 30 phút sáng ngày
        // 14/12"): the day is the due date.
        + @"(?:[0-9]{1,2}\s*(?:gio|h)(?!\p{L})(?:\s*[0-9]{1,2}(?:\s*phut(?!\p{L}))?)?\s*,?\s*(?:(?:sang|trua|chieu|toi)(?!\p{L})\s*,?\s*)?)?(?:ngay\s+)?"
        // A weekday before the day, as the bot itself writes dates ("trước Chủ nhật, 10/1/2027", "trước thứ Sáu, ngày
        // 8/1/2027", "trước ngày chủ nhật 10/1"): read, and flagged when it is not that day's.
        + @"(?:(?:thu\s+(?<kwd>hai|ba|tu|nam|sau|bay|[2-7])|t(?<kwd>[2-7])|(?<ksun>chu\s+nhat|cn))\s*,?\s*(?:ngay\s+)?)?"
        + DateCore;

    // A date with no keyword counts only when it ends the text (the "/giao Title 25/10" habit).
    private const string BareTail = @"(?<![\p{L}\p{N}])(?:ngay\s+)?" + DateCore + @"[\s.,;!?)]*$";

    // The letter's own date line: "Yên Bái, ngày 25 tháng 3 năm 2024" alone on its line (after a tab at most).
    // A table row's due cell ("3\tHồ sơ …\tngày 24 tháng 12 năm 2026") is no date line, though a header cell is.
    private const string DocumentDateLine =
        @"(?:^|(?<!^[^\S\n]*[0-9]{1,3}\.?\t[^\n]*)\t)[^\S\n]*(?:\p{L}[\p{L} .]{0,40},[^\S\n]*)?ngay[^\S\n]+(?<d>[0-9]{1,2})[^\S\n]+thang[^\S\n]+(?<m>[0-9]{1,2})"
        + @"[^\S\n]*,?[^\S\n]*nam[^\S\n]+(?<y>[0-9]{4})[^\S\n.]*\.?[^\S\n]*$";

    /// <summary>How far back a day-month without a year may have passed for "this year or next?" to be asked.</summary>
    private const int RecentDays = 92;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>
    /// Finds the first deadline phrase: the first one with a keyword, otherwise a bare date that ends the text.
    /// A date without a year is its next occurrence on or after <paramref name="today"/>.
    /// </summary>
    public static DateParseResult Parse(string text, DateOnly today, DateOnly? documentDate = null)
    {
        var folded = FoldedText.Of(text);
        var match = KeywordRegex().Match(folded.Value);
        if (!match.Success)
        {
            match = BareTailRegex().Match(folded.Value);
        }

        return match.Success ? Resolve(folded, match, today, documentDate) : DateParseResult.NotFound;
    }

    /// <summary>Every keyword deadline phrase in a (long) document, in reading order. Bare dates are ignored.</summary>
    public static IReadOnlyList<DateParseResult> FindAll(string text, DateOnly today, DateOnly? documentDate = null)
    {
        var folded = FoldedText.Of(text);
        return [.. KeywordRegex().Matches(folded.Value).Select(m => Resolve(folded, m, today, documentDate))];
    }

    /// <summary>
    /// The first date written anywhere in the text, keyword or not ("gia hạn đến 20/12 vì …", "tới 20-12"), read as a
    /// due date: without a year, its next occurrence on or after <paramref name="today"/> (flags as <see cref="Parse"/>).
    /// </summary>
    public static DateParseResult FindAnyDate(string text, DateOnly today)
    {
        var folded = FoldedText.Of(text);
        var match = AnyDateRegex().Match(folded.Value);
        return match.Success ? Resolve(folded, match, today, null) : DateParseResult.NotFound;
    }

    /// <summary>
    /// The first date written anywhere in the text, keyword or not ("văn thư nhận ngày 18/11", "nhận 5 tháng 11"),
    /// for a day that has already happened: without a year it is the latest such day on or before
    /// <paramref name="today"/>. A written date after today is returned with <see cref="DateFlag.InTheFuture"/>.
    /// </summary>
    public static DateParseResult FindPastDate(string text, DateOnly today)
    {
        var folded = FoldedText.Of(text);
        var match = AnyDateRegex().Match(folded.Value);
        if (!match.Success && DayOfThisMonth(folded, today) is { Phrase: not null } inMonth)
        {
            return inMonth;
        }

        if (!match.Success)
        {
            var ahead = RelativeFutureDay(folded, today);
            if (ahead.Date is not null || ahead.Problem == DateProblem.VagueDate)
            {
                return ahead;
            }

            var past = RelativePastDay(folded, today);
            return past.Date is not null ? past : VagueDay(folded) is { Problem: DateProblem.VagueDate } vague ? vague : UnreadDay(folded);
        }

        var day = int.Parse(match.Groups["d"].Value);
        var month = int.Parse(match.Groups["m"].Value);
        int? year = match.Groups["y"].Success ? ExpandYear(match.Groups["y"].Value) : null;
        var start = folded.OriginalStart(match.Index);
        var phrase = new DatePhrase(start, folded.OriginalEnd(match.Index + match.Length) - start, string.Empty, day, month, year);
        // A day-month without a year is this year's, even still to come (then refused as future): silently taking last
        // year's would record a date nobody meant. Only a day that does not exist this year (29/2) looks back.
        var date = year is { } y ? TryMakeDate(y, month, day) : TryMakeDate(today.Year, month, day) ?? PreviousOccurrence(day, month, today);
        if (date is not { } found)
        {
            return new DateParseResult(null, phrase, DateProblem.ImpossibleDate, year is null, []);
        }

        return new DateParseResult(found, phrase, DateProblem.None, year is null, found > today ? [DateFlag.InTheFuture] : []);
    }

    /// <summary>
    /// "ngày mai", "chiều mai", "ngày kia", "tuần sau", "thứ 6 này", "thứ 2 tuần sau", "sẽ nhận thứ 6": a day counted
    /// ahead of <paramref name="today"/>, flagged <see cref="DateFlag.InTheFuture"/> when it is after today (a past
    /// "thứ 2 này" is this week's Monday). Read before the past words, so "thứ 6 này" is never last week's Friday.
    /// </summary>
    private static DateParseResult RelativeFutureDay(FoldedText folded, DateOnly today)
    {
        var match = RelativeFutureRegex().Match(folded.Value);
        if (!match.Success)
        {
            return DateParseResult.NotFound;
        }

        var mondayThisWeek = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        DateOnly date;
        if (match.Groups["ahead"].Success)
        {
            date = today.AddDays(match.Groups["ahead"].Value.Contains("mai", StringComparison.Ordinal) ? 1 : 2);
        }
        else if (match.Groups["later"].Success)
        {
            // "2 ngày nữa", "1 tuần nữa": counted ahead, so always still to come.
            date = today.AddDays(Counted(match.Groups["later"].Value) * (match.Groups["span"].Value == "tuan" ? 7 : 1));
        }
        else if (match.Groups["weekend"].Success)
        {
            // "cuối tuần này": its Saturday, still to come on a working day; on the weekend itself it is no one day.
            date = mondayThisWeek.AddDays(5);
            if (date <= today)
            {
                return Vague(folded, match);
            }
        }
        else if (!match.Groups["wd"].Success && !match.Groups["sun"].Success)
        {
            // "tuần sau" alone: next week has not begun, so its first day stands for it.
            date = mondayThisWeek.AddDays(7);
        }
        else
        {
            var weekday = match.Groups["sun"].Success ? DayOfWeek.Sunday : WeekdayWords.Of(match.Groups["wd"].Value);
            var offset = ((int)weekday + 6) % 7;
            var when = match.Groups["when"].Value;
            date = when.StartsWith("nay", StringComparison.Ordinal) ? mondayThisWeek.AddDays(offset)
                : when.StartsWith("tuan", StringComparison.Ordinal) ? mondayThisWeek.AddDays(7 + offset)
                : today.AddDays((((int)weekday - (int)today.DayOfWeek + 6) % 7) + 1); // "sẽ nhận thứ 6": the next one after today
        }

        var start = folded.OriginalStart(match.Index);
        var phrase = new DatePhrase(start, folded.OriginalEnd(match.Index + match.Length) - start, string.Empty, date.Day, date.Month, date.Year);
        return new DateParseResult(date, phrase, DateProblem.None, false, date > today ? [DateFlag.InTheFuture] : []);
    }

    // A weekday counts ahead only with "này", "tuần sau/tới" or a future "sẽ (nhận)" before it; "mai" only with a part of
    // the day or "nhận" before it, so a name ("chị Mai") is not read as tomorrow.
    // Phones write a weekday short: "t2" … "t7", "cn" ("t6 tuần sau" is "thứ 6 tuần sau").
    private const string WeekdayAhead = @"(?:thu\s+(?<wd>hai|ba|tu|nam|sau|bay|[2-7])|t(?<wd>[2-7])|(?<sun>chu\s+nhat|cn))";

    private const string WhenAhead = @"(?<when>nay|tuan\s+(?:sau|toi)|toi)";

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?<ahead>(?:ngay|sang|trua|chieu|toi|nhan)\s+mai|(?<!(?:chi|anh|em|co|ban|dc|d/c)\s+)mai\s+moi|ngay\s+(?:kia|mot))|(?<weekend>cuoi\s+tuan\s+nay)"
        + @"|(?:khoang\s+)?(?<later>" + CountWord + @")\s+(?<span>hom|ngay|tuan)\s+(?:nua|toi)"
        + @"|se\s+(?:(?:duoc\s+)?nhan\s+)?(?:vao\s+)?" + WeekdayAhead + @"(?:\s+" + WhenAhead + ")?"
        + "|" + WeekdayAhead + @"\s+" + WhenAhead + @"|tuan\s+(?:sau|toi))(?![\p{L}\p{N}])", Options)]
    private static partial Regex RelativeFutureRegex();

    private static DateOnly? PreviousOccurrence(int day, int month, DateOnly today)
    {
        for (var year = today.Year; year >= today.Year - 8; year--)
        {
            if (TryMakeDate(year, month, day) is { } candidate && candidate <= today)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The date the letter itself carries ("Yên Bái, ngày 25 tháng 3 năm 2024"), or null.</summary>
    public static DateOnly? ReadDocumentDate(string documentText)
    {
        var folded = FoldedText.Of(documentText);
        foreach (Match m in DocumentDateLineRegex().Matches(folded.Value))
        {
            if (TryMakeDate(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value)) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static DateParseResult Resolve(FoldedText folded, Match match, DateOnly today, DateOnly? documentDate)
    {
        var day = int.Parse(match.Groups["d"].Value);
        var month = int.Parse(match.Groups["m"].Value);
        int? year = match.Groups["y"].Success ? ExpandYear(match.Groups["y"].Value) : null;

        var start = folded.OriginalStart(match.Index);
        var end = folded.OriginalEnd(match.Index + match.Length);
        var keyword = match.Groups["kw"].Success ? KeywordAsWritten(match.Groups["kw"].Value) : "";
        // A bare tail match may have swallowed trailing punctuation; the phrase ends at the last digit.
        if (!match.Groups["kw"].Success)
        {
            end = TrimTrailingNonDigits(folded, match, start, end);
        }

        var phrase = new DatePhrase(start, end - start, keyword, day, month, year);

        var date = year is { } y ? TryMakeDate(y, month, day) : NextOccurrence(day, month, today);
        if (date is not { } found)
        {
            return new DateParseResult(null, phrase, DateProblem.ImpossibleDate, year is null, []);
        }

        var flags = new List<DateFlag>();
        if ((match.Groups["kwd"].Success || match.Groups["ksun"].Success) &&
            (match.Groups["ksun"].Success ? DayOfWeek.Sunday : WeekdayWords.Of(match.Groups["kwd"].Value)) != found.DayOfWeek)
        {
            flags.Add(DateFlag.WeekdayMismatch);
        }

        if (year is { } written && Math.Abs(written - today.Year) > 1)
        {
            flags.Add(DateFlag.YearFarFromToday);
        }

        if (documentDate is { } docDate && found < docDate)
        {
            flags.Add(DateFlag.BeforeDocumentDate);
        }

        if (year is not null && found < today)
        {
            flags.Add(DateFlag.InThePast);
        }

        // The last occurrence, not this calendar year's: "31/12" typed on 4/1 has just passed too.
        if (year is null && found > today && TryMakeDate(found.Year - 1, month, day) is { } last && today.DayNumber - last.DayNumber <= RecentDays)
        {
            flags.Add(DateFlag.RecentlyPassed);
        }

        return new DateParseResult(found, phrase, DateProblem.None, year is null, flags);
    }

    private static int TrimTrailingNonDigits(FoldedText folded, Match match, int start, int end)
    {
        var lastDigit = match.Index + match.Length - 1;
        while (lastDigit > match.Index && !char.IsAsciiDigit(folded.Value[lastDigit]))
        {
            lastDigit--;
        }

        return Math.Max(start, folded.OriginalEnd(lastDigit + 1));
    }

    // "24" in "10/4/24" means 2024: the bot deals with current paperwork, never the last century.
    private static int ExpandYear(string digits) => digits.Length == 2 ? 2000 + int.Parse(digits) : int.Parse(digits);

    private static DateOnly? NextOccurrence(int day, int month, DateOnly today)
    {
        // 29/2 always exists within 8 years; anything that does not exist by then never does (31/4, 15/13).
        for (var year = today.Year; year <= today.Year + 8; year++)
        {
            if (TryMakeDate(year, month, day) is { } candidate && candidate >= today)
            {
                return candidate;
            }
        }

        return null;
    }

    private static DateOnly? TryMakeDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static string KeywordAsWritten(string folded) => string.Join(' ', VietnameseText.Tokens(folded)) switch
    {
        "truoc" or "trc" => "trước",
        "han" => "hạn",
        "han chot" => "hạn chót",
        "cham nhat" => "chậm nhất",
        "muon nhat" => "muộn nhất",
        "khong qua" => "không quá",
        "den het" => "đến hết",
        var other => other,
    };

    [GeneratedRegex(Keyword, Options)]
    private static partial Regex KeywordRegex();

    [GeneratedRegex(DateCore, Options)]
    private static partial Regex AnyDateRegex();

    [GeneratedRegex(BareTail, Options)]
    private static partial Regex BareTailRegex();

    [GeneratedRegex(DocumentDateLine, Options | RegexOptions.Multiline)]
    private static partial Regex DocumentDateLineRegex();
}
