using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Text;

/// <summary>
/// How secretaries ask for more time in a sentence: "xin lùi hạn 1 tuần", "cho em thêm 3 ngày", "them 1 tuan",
/// "khất hạn đến 15/12"; the length asked for when no date is written; and the person's own reason once the
/// request's words, the deadline's number and the date are taken out.
/// </summary>
internal static partial class ExtensionWording
{
    /// <summary>A sentence (not a command) that asks for more time.</summary>
    public static bool AsksForMoreTime(string text) => Asks().IsMatch(FoldedText.Of(text).Value);

    /// <summary>
    /// The length asked for ("1 tuần", "3 ngày", "2 tháng") where it stands right after the request's words or
    /// opens the text; a number that belongs to something else ("bc 6 tháng") is not a length. Null when none.
    /// </summary>
    public static (ExtensionSpan Span, int Start, int Length)? FindSpan(string text)
    {
        var folded = FoldedText.Of(text);
        var match = Span().Match(folded.Value);
        if (!match.Success)
        {
            // "xin lùi hạn tk năm 1 tuần": the deadline's name may stand between the request and its length. Days and
            // weeks are never part of a deadline's name (months are: "bc 6 tháng"), but after "vì", "do" they are the reason's.
            match = LooseSpan().Match(folded.Value);
            if (!match.Success || ReasonMark().IsMatch(folded.Value[..match.Index]))
            {
                return null;
            }
        }

        var number = match.Groups["n"].Value;
        var n = int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits : Array.IndexOf(NumberWords, number) + 1;
        if (n <= 0 || n > 365)
        {
            return null;
        }

        var unit = match.Groups["u"].Value;
        var span = match.Groups["w"].Success && unit is "ngay" or "hom"
            ? new ExtensionSpan(n, 0, $"{n} ngày làm việc", WorkingDays: true)
            : unit switch
        {
            "tuan" => new ExtensionSpan(7 * n, 0, $"{n} tuần"),
            "thang" => new ExtensionSpan(0, n, $"{n} tháng"),
            _ => new ExtensionSpan(n, 0, $"{n} ngày"),
        };
        var start = folded.OriginalStart(match.Groups["span"].Index);
        return (span, start, folded.OriginalEnd(match.Groups["span"].Index + match.Groups["span"].Length) - start);
    }

    /// <summary>
    /// The person's reason: the text without the request's own words ("xin gia hạn", "cho em thêm"), the deadline's
    /// number ("#7") and the little words that joined them to the date ("đến", "tới ngày").
    /// </summary>
    public static string Reason(string text) => Reason(text, out _);

    /// <param name="caused">The reason opened with "vì", "do", "lý do" (see <see cref="ReasonText.Clean(string, out bool)"/>).</param>
    public static string Reason(string text, out bool caused)
    {
        // "thứ 2 tuần sau" before "vì" was the day asked for (and not counted); after it, it is the reason's ("vì thứ 2 tuần sau chi bộ mới họp").
        text = ReasonStart(text) is { } opens ? $"{WithoutUnreadDay(text[..opens])} {text[opens..]}" : WithoutUnreadDay(text);
        var folded = FoldedText.Of(text);
        var kept = new StringBuilder();
        var from = 0;
        foreach (Match m in RequestWords().Matches(folded.Value))
        {
            if (m.Length == 0)
            {
                continue;
            }

            var start = folded.OriginalStart(m.Index);
            if (start > from)
            {
                kept.Append(text, from, start - from).Append(' ');
            }

            from = Math.Max(from, folded.OriginalEnd(m.Index + m.Length));
        }

        kept.Append(text, from, text.Length - from);
        var reason = string.Join(' ', kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace(" ,", ",", StringComparison.Ordinal);
        var given = FoldedText.Of(reason);
        var inside = CauseInside().Match(given.Value);
        if (inside.Success)
        {
            // "cho em gia han ke hoach qcdc nhe vi chua hop": what follows "vì", "do", "tại" is the reason; the words
            // of the request before it ("cho em", the deadline's name, "nhé") are not.
            reason = reason[given.OriginalEnd(inside.Index + inside.Length)..];
        }

        var cleaned = ReasonText.Clean(Politeness().Replace(QuestionTag().Replace(LinkWords().Replace(ReasonText.Clean(reason, out caused), string.Empty), string.Empty), string.Empty)).Trim(' ', ',', '.', ':', '-');
        caused |= inside.Success;
        // "em xin lại đến 22/12 được không ạ": the person alone ("em") is what is left of the request, never a reason.
        return LonePerson().IsMatch(VietnameseText.Fold(cleaned)) ? string.Empty : cleaned;
    }

    /// <summary>
    /// Where the reason opens with "vì", "do", "lý do" (the index of that word in <paramref name="text"/>), or null: a
    /// date or day written after it is the reason's ("thêm 1 tuần vì thứ 2 tuần sau chi bộ mới họp"), not the date asked for.
    /// </summary>
    public static int? ReasonStart(string text)
    {
        var folded = FoldedText.Of(text);
        return CauseInside().Match(folded.Value) is { Success: true } m ? folded.OriginalStart(m.Index) : null;
    }

    /// <summary>
    /// "thứ 6 tuần sau nữa", "cuối tuần sau", "đầu tuần tới": a day the bot does not count (it asks for the date
    /// instead), so never a length ("6 tuần") and never part of the reason the office reads.
    /// </summary>
    public static bool StartsWithUnreadDay(string text) =>
        UnreadDay().Match(VietnameseText.Fold(text).TrimStart()) is { Success: true, Index: 0 } || OpensWithTime().IsMatch(VietnameseText.Fold(text).TrimStart());

    /// <summary>The text without its <see cref="StartsWithUnreadDay"/> phrases (and the "đến" before them).</summary>
    public static string WithoutUnreadDay(string text)
    {
        var folded = FoldedText.Of(text);
        var kept = new StringBuilder();
        var from = 0;
        foreach (Match m in UnreadDay().Matches(folded.Value))
        {
            var start = folded.OriginalStart(m.Index);
            kept.Append(text, from, Math.Max(start - from, 0));
            from = Math.Max(from, folded.OriginalEnd(m.Index + m.Length));
        }

        kept.Append(text, from, text.Length - from);
        return from == 0 ? text : string.Join(' ', kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?:den|toi|truoc|vao)\s+)?(?:ngay\s+)?(?:(?:thu\s*(?:[2-7]|hai|ba|tu|nam|sau|bay)|t[2-7]|chu\s+nhat|cn|cuoi|dau|giua|het)\s+tuan\s+(?:sau|toi|nay)(?:\s+nua)?"
        + @"|(?:cuoi|dau|giua|het)\s+(?:thang|thg)\s+(?:sau|toi|[0-9]{1,2}))(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex UnreadDay();

    // Opening an answer, these name a time too ("sang năm ạ", "tuần sau"), though inside a reason they are kept.
    [GeneratedRegex(@"^(?:(?:den|toi)\s+)?(?:sang\s+nam|nam\s+sau|(?:tuan|thang)\s+(?:sau|toi))(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex OpensWithTime();

    private static readonly string[] NumberWords = ["mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi"];

    // "xin lùi hạn", "gia hạn", "khất hạn", "cho em thêm 3 ngày", "xin thêm thời gian", "thêm 1 tuần", "xin lùi đến 28/12", "lùi sang 5/1".
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?:lui|gia|khat)\s+han|xin\s+(?:them|hoan|lui)|lui\s+(?:lai\s+)?(?:den|toi|sang)|cho\s+(?:em|e|chung\s+em|don\s+vi|dv|minh|toi|chi\s+bo)\s+(?:xin\s+)?them|them\s+(?:thoi\s+gian|[0-9]{1,3}\s*(?:ngay|hom|tuan|thang)|(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+(?:ngay|hom|tuan|thang)))(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Asks();

    [GeneratedRegex(@"(?:^\s*|(?<![\p{L}\p{N}])(?:them|han|xin|khoang|trong|lui|cho)\s+(?:khoang\s+|them\s+)?)(?<span>(?<n>[0-9]{1,3}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s*(?<u>ngay|hom|tuan|thang)(?<w>\s+lam\s+viec)?)(?!\s*[0-9])(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Span();

    // Not after "thứ": "thứ 6 tuần sau" is a day of next week, never six weeks.
    [GeneratedRegex(@"(?<![\p{L}\p{N}/.-])(?<!(?<![\p{L}\p{N}])thu\s+)(?<span>(?<n>[0-9]{1,3}|mot|hai|ba|bon|sau|bay|tam|chin|muoi)\s*(?<u>ngay|hom|tuan)(?<w>\s+lam\s+viec)?)(?!\s*[0-9])(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LooseSpan();

    // The words that open a reason: a length after them is the reason's ("vì sếp đi công tác 1 tuần").
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:vi|do|boi|ly\s+do|tai\s+vi)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex ReasonMark();

    // "vì", "do", "bởi vì", "tại vì", "lý do", "tại (chưa …)" anywhere with words after it, not "đơn vị", "tự do", "trước đó",
    // "vi phạm", "ví dụ", "vì vậy", "do đó", "do dự".
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<!(?<![\p{L}\p{N}])(?:don|tu|truoc|sau|khi|luc|nhu|vao)\s+)(?:(?:boi|tai)\s+vi|(?:ly|li)\s+do|vi|do|tai(?=\s+(?:chua|dang|con|khong|ko|phai|can)(?![\p{L}\p{N}])))(?![\p{L}\p{N}])(?!\s+(?:pham|du|vay|the|do|nay)(?![\p{L}\p{N}]))\s*[:,]?\s*(?=[\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex CauseInside();

    // The request's own words and the deadline's number, wherever they stand in the sentence.
    // "cho chi bộ em lùi hạn", "(a) em xin (đổi) lại đến …" are the request's words too.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:/giahan|/luihan|cho\s+(?:(?:chi\s+bo|don\s+vi|dv|co\s+quan)\s+)?(?:(?:em|e|chung\s+em|minh|toi)\s+)?(?:xin\s+(?:phep\s+)?)?(?:(?:lui|gia|khat)\s+han|hoan)|(?:(?:a|anh|chi)\s+)?(?:em\s+|e\s+)?xin\s+(?:doi\s+)?lai(?=\s+(?:den|toi|sang)(?![\p{L}\p{N}]))|(?:em\s+|chung\s+em\s+|don\s+vi\s+)?xin\s+(?:phep\s+)?(?:(?:lui|gia|khat)\s+han|them\s+thoi\s+gian|them|hoan)|(?:lui|gia|khat)\s+han|cho\s+(?:em|e|chung\s+em|don\s+vi|dv|minh|toi|chi\s+bo)\s+(?:xin\s+)?them(?:\s+thoi\s+gian)?|them\s+thoi\s+gian|(?:(?:cho\s+)?viec\s+)?(?:#[0-9]+|h[0-9]+))(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex RequestWords();

    // "được không ạ", "dc ko a" closing the request: a question to the office, not a reason.
    [GeneratedRegex(@"(?:^|[\s,]+)(?:được|duoc|đc|dc)\s+(?:không|khong|ko|k|hok|hông|hong)(?:\s+(?:ạ|a|ak|ah|anh|chị|chi))*[\s.!?]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionTag();

    [GeneratedRegex(@"^(?:(?:a|anh|chi)\s+)?(?:em|e|chung\s+em|minh|toi|don\s+vi|chi\s+bo)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LonePerson();

    // "đến", "tới ngày", "là" left at the start of what remains joined the request to its date; they are not the reason.
    [GeneratedRegex(@"^(?:(?:đến|den|tới|toi|hết|het|ngày|ngay|là|la|xin|lùi|lui|thêm|them)\s+|(?:đến|den|tới|toi|hết|het|ngày|ngay|là|la|xin|lùi|lui|thêm|them|ạ|a|nhé|nhe)$)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkWords();

    // A closing "ạ" or "nhé" is politeness, not part of the reason (and may be left from the message that asked).
    [GeneratedRegex(@"[\s,]+(?:ạ|nhé|nha)[\s.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Politeness();
}
