using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>Dated clauses about the paper of a deadline already read: a late date allowed, or the work done before sending.</summary>
internal sealed partial class ProposalBuilder
{
    /// <summary>
    /// "các đơn vị gửi muộn thì gửi trước …", "Trường hợp chưa kịp, …", "đơn vị nào chưa gửi kịp thì …": the date a late
    /// paper is still taken, a note on the item before, never a second deadline for the same paper. So is a clause of
    /// nothing but "hoặc" or "bổ sung": "… trước ngày 15/12/2026 hoặc chậm nhất ngày 20/12/2026 đối với …", a table
    /// cell's "Trước 10/12/2026; bổ sung trước 12/12/2026".
    /// </summary>
    private static bool Grace(string clause) => GraceRegex().IsMatch(VietnameseText.Fold(clause)) || OrLater().IsMatch(VietnameseText.Fold(clause));

    /// <summary>"… và gửi bổ sung số liệu (nếu có) trước …": what a unit may add to the paper before, not a paper every unit owes.</summary>
    private static bool OptionalSupplement(string clause) => OptionalSupplementRegex().IsMatch(VietnameseText.Fold(clause));

    /// <summary>
    /// "Bài tham luận (nếu có) gửi trước …": a paper only the units that have one send, never one every unit owes: said
    /// on the item, so the admin does not track it for all of them unawares.
    /// </summary>
    private static string? OptionalPaper(string clause, int number) => IfAnyRegex().IsMatch(VietnameseText.Fold(clause))
        ? $"văn bản ghi \"(nếu có)\": chỉ đơn vị có mới gửi, không phải đơn vị nào cũng phải nộp; không cần theo dõi thì không tạo mục {number}, hoặc \"sửa {number} cho <mã đơn vị>, …\""
        : null;

    /// <summary>
    /// "…, bản giấy gửi trước …", "(bản mềm) và trước …", "; bản gốc gửi qua đường bưu điện trước …": the copy of the paper
    /// of the item before (bản giấy, bản mềm, bản gốc, bản điện tử, bản scan) as written, or null when the clause names a
    /// paper of its own.
    /// </summary>
    private static string? CopyOf(string clause, string after, string before)
    {
        if (DeadlineTitle.NamesAPaper(clause) && !(DeadlineTitle.NamesOnlyACopyOf(clause, before) && CopyRegex().IsMatch(VietnameseText.Fold(clause))))
        {
            return null;
        }

        // "… và trước ngày 18/12/2026 (bản giấy có chữ ký)": the bracket after the date names its copy.
        var bracket = FoldedText.Of(after);
        var named = BracketedCopyRegex().Match(bracket.Value) is { Success: true } inBracket ? (bracket, inBracket.Groups["copy"]) : default;
        var folded = FoldedText.Of(clause);
        named = named.Item2 is not null ? named : CopyRegex().Match(folded.Value) is { Success: true } copy ? (folded, copy) : default;
        return named.Item2 is { } found ? named.Item1.Original[named.Item1.OriginalStart(found.Index)..named.Item1.OriginalEnd(found.Index + found.Length)].ToLowerInvariant() : null;
    }

    /// <summary>
    /// The words a note on the item before quotes for its second date: "trước ngày 15/12/2026 (bản giấy)" of "Trước ngày
    /// 10/12/2026 (bản mềm); trước ngày 15/12/2026 (bản giấy)", the first date's bracket left to it and the second's kept.
    /// </summary>
    private static string NoteQuote(string text, int windowStart, DatePhrase phrase, int sentenceEnd, string written)
    {
        var lead = FirstDatesAside().Replace(Spaces().Replace(text[windowStart..phrase.Start], " ").Trim(' ', ',', ';'), string.Empty).Trim(' ', ',', ';');
        var end = phrase.Start + phrase.Length;
        var bracket = OwnAside().Match(text[end..Math.Max(end, sentenceEnd)]) is { Success: true } own ? " " + own.Groups["aside"].Value : string.Empty;
        return $"{lead} {written}{bracket}".Trim();
    }

    // "(bản mềm); ", "(bản mềm) và ": the bracket of the date before, then what joins the next.
    [GeneratedRegex(@"^\([^()
]{0,40}\)\s*(?:[,;]\s*)?(?:(?:và|hoặc|va|hoac)(?!\p{L})\s*)?", RegexOptions.CultureInvariant)]
    private static partial Regex FirstDatesAside();

    [GeneratedRegex(@"^[ 	]*(?<aside>\([^()
]{1,40}\))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex OwnAside();

    /// <summary>
    /// "Đề nghị các đơn vị hoàn thành việc tự kiểm tra trước 15/12 và gửi báo cáo kết quả … trước 20/12": the first date
    /// ends the work, the second is the hand-in. Returns the work as written ("hoàn thành việc tự kiểm tra"), or null when
    /// the clause sends a paper itself or no later date in its sentence does.
    /// </summary>
    private static string? WorkBeforeSending(string text, int windowStart, DatePhrase phrase, LetterSentence sentence, IEnumerable<DatePhrase> phrases)
    {
        var clause = FoldedText.Of(text[windowStart..phrase.Start]);
        if (WorkRegex().Match(clause.Value) is not { Success: true } work || SendsRegex().IsMatch(clause.Value))
        {
            return null;
        }

        var next = phrases.Where(p => p.Start > phrase.Start && p.Start < sentence.End).OrderBy(p => p.Start).FirstOrDefault();
        if (next is null || !SendsRegex().IsMatch(VietnameseText.Fold(text[(phrase.Start + phrase.Length)..next.Start])))
        {
            return null;
        }

        return Spaces().Replace(clause.Original[clause.OriginalStart(work.Index)..].Trim(' ', ',', ';'), " ");
    }

    [GeneratedRegex(@"(?<!\p{L})(?:(?:gui|nop)\s+(?:muon|cham|tre)|cham\s+tre|(?:chua|khong)\s+(?:(?:gui|nop|hoan\s+thanh)\s+)?kip|ngoai\s+thoi\s+han|qua\s+han)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex GraceRegex();

    // "(nếu có)", "nếu có thì gửi", "…, nếu có, gửi …": said of the paper, not "nếu có vướng mắc".
    [GeneratedRegex(@"(?<!\p{L})neu\s+co(?=\s*(?:[,)]|thi(?!\p{L})|$))", RegexOptions.CultureInvariant)]
    private static partial Regex IfAnyRegex();

    [GeneratedRegex(@"(?<!\p{L})(?:bo\s+sung(?!\p{L})[^;]*?(?<!\p{L})neu\s+co|neu\s+co(?!\p{L})[^;]*?(?<!\p{L})bo\s+sung)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex OptionalSupplementRegex();

    [GeneratedRegex(@"(?<!\p{L})(?:ban|file|tep)\s+(?:giay|mem|goc|dien\s+tu|scan|chup)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex CopyRegex();

    [GeneratedRegex(@"^\s*\(\s*(?<copy>(?:ban|file|tep)\s+(?:giay|mem|goc|dien\s+tu|scan|chup))(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedCopyRegex();

    [GeneratedRegex(@"^[\s,;]*(?:hoac|(?:gui\s+|nop\s+)?bo\s+sung)[\s,;:]*$", RegexOptions.CultureInvariant)]
    private static partial Regex OrLater();

    [GeneratedRegex(@"(?<!\p{L})(?:hoan\s+thanh|to\s+chuc|tien\s+hanh|thuc\s+hien|trien\s+khai)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex WorkRegex();

    [GeneratedRegex(@"(?<!\p{L})(?:gui|nop|bao\s+cao|ke\s+hoach|danh\s+sach|ho\s+so|van\s+ban|bien\s+ban|tham\s+luan)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex SendsRegex();
}
