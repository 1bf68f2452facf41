using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// Dated phrases that set no new deadline for the units: a date of a document the letter cites ("Căn cứ Hướng dẫn … về
/// việc báo cáo trước …"), an old or cited date in brackets ("(hạn cũ trước …)", "(theo … Công văn số …, hạn trước …)"),
/// an encouragement ("Đơn vị nào gửi trước … sẽ được biểu dương") and an exemption ("Các đơn vị đã gửi … trước … thì
/// không phải gửi lại").
/// </summary>
internal sealed partial class ProposalBuilder
{
    /// <summary>Why the phrase sets no deadline of this letter, with the bracket it sits in (blanked from titles), or null.</summary>
    /// <param name="another">Whether the letter has another due date: an encouragement is never its only one.</param>
    /// <param name="next">Where the next due date starts: the words after it are its own clause's.</param>
    private static (string Why, (int Start, int End)? Bracket)? NotDue(string text, int windowStart, DatePhrase phrase, LetterSentence sentence, DateOnly? due, DateOnly? letterDate, bool another, int next)
    {
        var before = VietnameseText.Fold(text[sentence.Start..phrase.Start]);
        if (CitedOpening().IsMatch(before) && !AskedInClause().IsMatch(before))
        {
            return ("ngày trong văn bản được căn cứ, không phải hạn nộp của các đơn vị", null);
        }

        var bracket = BracketAround(text, sentence, phrase);
        // "Thực hiện Hướng dẫn số 22-HD/BDVTU … về tổng kết … (các đơn vị báo cáo Ban Dân vận Tỉnh ủy trước …), …": the
        // bracket is the cited document's, whoever it names.
        // "Thực hiện Hướng dẫn số 23-HD/BDVTU … của Ban Dân vận Tỉnh ủy (các đơn vị gửi báo cáo về Ban Dân vận Tỉnh ủy trước …)":
        // a bracket right after the cited document, before the letter's own words, is that document's too.
        if (bracket is { } cited && (CitedOpening().IsMatch(VietnameseText.Fold(text[sentence.Start..cited.Start])) || CitedRightBefore().IsMatch(VietnameseText.Fold(text[sentence.Start..cited.Start]))))
        {
            return ("ngày trong văn bản được căn cứ, không phải hạn nộp của các đơn vị", bracket);
        }

        var end = phrase.Start + phrase.Length;
        var afterWritten = text[end..Math.Max(end, Math.Min(next, ClauseEnd(text, end, sentence.End)))];
        var after = VietnameseText.Fold(afterWritten);
        // "Thu hồi Công văn số 2042-CV/ĐUK … về việc gửi báo cáo trước …": the letter takes a deadline back.
        if (RecalledOpening().IsMatch(before) || CitedDocument().IsMatch(before) && Recalled().IsMatch(VietnameseText.Fold(text[end..Math.Max(end, sentence.End)])))
        {
            return ("ngày trong văn bản bị thu hồi, không phải hạn nộp (việc đã giao theo văn bản đó: hủy bằng /huyhan)", bracket);
        }

        // "Hoãn thời hạn gửi báo cáo chuyên đề theo Công văn số 2051-CV/ĐUK … (trước ngày 15/12/2026) đến khi có thông báo mới".
        if (PostponedOpening().IsMatch(before))
        {
            return ("ngày trong văn bản được hoãn, không phải hạn nộp (việc đã giao theo văn bản đó: dời hạn bằng /suahan hoặc hủy bằng /huyhan)", bracket);
        }

        var inside = bracket is { } b ? VietnameseText.Fold(text[(b.Start + 1)..phrase.Start]) : null;
        var clause = VietnameseText.Fold(text[windowStart..phrase.Start]);
        if (OldDeadline().IsMatch(inside ?? clause))
        {
            return ("hạn cũ, không phải hạn nộp mới (việc đã giao theo hạn cũ: đổi hạn bằng /suahan)", bracket);
        }

        if (inside is not null && CitedDocument().IsMatch(inside))
        {
            return ("ngày của văn bản khác nêu trong ngoặc, không phải hạn nộp của văn bản này", bracket);
        }

        if (inside is not null && due is { } day && letterDate is { } dated && day < dated && DeadlineWord().IsMatch(inside))
        {
            return ("hạn đã qua được nhắc lại trong ngoặc, không phải hạn nộp mới", bracket);
        }

        if (another && (Encouraged().IsMatch(clause) || Rewarded().IsMatch(after)))
        {
            return ("khuyến khích gửi sớm, không phải hạn nộp", null);
        }

        // "Đề nghị các đơn vị không gửi báo cáo quý IV năm 2026": asked not to send. Not "Đơn vị nào không gửi … trước …
        // sẽ bị nhắc tên": the deadline, said the other way round.
        if (Declined().IsMatch(clause) && !Consequence().IsMatch(after))
        {
            return ("văn bản đề nghị không gửi, không phải hạn nộp", null);
        }

        // "… chỉ đạo cấp ủy trực thuộc gửi báo cáo về đảng ủy cơ sở trước …": a date between the units and their own
        // cells, not one for the office.
        if (WithinTheUnit().IsMatch(clause))
        {
            return ("hạn gửi trong nội bộ đơn vị (về đảng ủy cơ sở), không phải hạn nộp cho Đảng ủy Khối", null);
        }

        // "Các đơn vị đã gửi … trước … thì không phải gửi lại": the date is the exempted units' own; not "Các đơn vị gửi …
        // trước …, riêng đơn vị đã nộp … thì không phải gửi lại", where the exemption names no date.
        // "…, riêng Chi bộ Báo Yên Bái không phải gửi": those units are taken out of the deadline, which stays.
        return AlreadySent().IsMatch(clause) && Exempted().IsMatch(after) && ExceptedUnits.Exempted(afterWritten).Length == 0 ? ("đơn vị đã gửi trước ngày đó thì không phải gửi lại: không phải hạn nộp", null) : null;
    }

    /// <summary>
    /// "báo cáo năm gửi trước ngày 15/12 hằng năm", "trước ngày 20 hằng tháng", "trước ngày 15 của tháng cuối quý": a
    /// standing rule, of which only the next date is proposed.
    /// </summary>
    private static string? Recurring(string text, DatePhrase phrase, LetterSentence sentence)
    {
        if (phrase.Keyword is LabelledDeadlines.Monthly or LabelledDeadlines.Quarterly)
        {
            return $"văn bản ghi \"{phrase.Keyword}\": chỉ đề xuất lần gần nhất ({phrase.Day}/{phrase.Month}/{phrase.Year}), các {(phrase.Keyword == LabelledDeadlines.Monthly ? "tháng" : "quý")} sau giao lại bằng /giao";
        }

        var end = phrase.Start + phrase.Length;
        return Yearly().IsMatch(VietnameseText.Fold(text[end..ClauseEnd(text, end, sentence.End)]))
            ? "văn bản ghi \"hằng năm\": chỉ đề xuất lần gần nhất, các năm sau giao lại bằng /giao"
            : null;
    }

    /// <summary>"… trước ngày 15/12/2026 và báo cáo năm 2026 cùng thời hạn": the other paper due that day, as written, or null.</summary>
    private static string? SameDeadline(string text, DatePhrase phrase, LetterSentence sentence)
    {
        var end = phrase.Start + phrase.Length;
        var after = FoldedText.Of(text[end..ClauseEnd(text, end, sentence.End)]);
        return SameDay().Match(after.Value) is { Success: true } same && DeadlineTitle.NamesAPaper(same.Groups["paper"].Value)
            ? after.Original[after.OriginalStart(same.Groups["paper"].Index)..after.OriginalEnd(same.Groups["paper"].Index + same.Groups["paper"].Length)]
            : null;
    }

    /// <summary>The "(…)" of the sentence the phrase sits in, or null.</summary>
    private static (int Start, int End)? BracketAround(string text, LetterSentence sentence, DatePhrase phrase)
    {
        var open = text.LastIndexOf('(', Math.Max(phrase.Start - 1, 0), Math.Max(phrase.Start - sentence.Start, 0));
        if (open < 0 || text.IndexOf(')', open, phrase.Start - open) >= 0)
        {
            return null;
        }

        var close = text.IndexOf(')', phrase.Start + phrase.Length, Math.Max(sentence.End - phrase.Start - phrase.Length, 0));
        return close < 0 ? null : (open, close + 1);
    }

    /// <summary>Where the clause after a phrase ends: its sentence's end, or a ";" or "." before it.</summary>
    private static int ClauseEnd(string text, int from, int sentenceEnd)
    {
        var stop = text.IndexOfAny([';', '.', '\n'], from, Math.Max(sentenceEnd - from, 0));
        return stop < 0 ? Math.Max(sentenceEnd, from) : stop;
    }

    /// <summary><paramref name="text"/> with the brackets of the dates left out blanked, so no title is read from them.</summary>
    private static string Blanked(string text, IEnumerable<(int Start, int End)> brackets)
    {
        var chars = text.ToCharArray();
        foreach (var (start, end) in brackets)
        {
            // The brackets stay: a title stops at "(".
            Array.Fill(chars, ' ', start + 1, end - start - 2);
        }

        return new string(chars);
    }

    private const string Document = @"(?:huong\s+dan|cong\s+van|ke\s+hoach|quyet\s+dinh|chi\s+thi|thong\s+bao|thong\s+tri|nghi\s+quyet|ket\s+luan|quy\s+dinh|chuong\s+trinh|van\s+ban|de\s+cuong)";

    // "Căn cứ Hướng dẫn số … về việc báo cáo trước …", "Thực hiện Công văn … quy định gửi trước …": the date is in the
    // cited document's subject, with no comma between (after one the letter speaks: "…, gửi báo cáo trước …").
    [GeneratedRegex(@"^[\s\-–•*]*(?:can\s+cu|thuc\s+hien|theo|trien\s+khai)\s+" + Document + @"(?!\p{L})[^;]*?(?<!\p{L})(?:ve(?:\s+viec)?|yeu\s+cau|quy\s+dinh)(?!\p{L})[^,;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CitedOpening();

    // "Thực hiện Hướng dẫn số 23-HD/BDVTU ngày 25/11/2026 của Ban Dân vận Tỉnh ủy (": the cited document, no comma after it.
    [GeneratedRegex(@"^[\s\-–•*]*(?:can\s+cu|thuc\s+hien|trien\s+khai)\s+" + Document + @"\s+so(?!\p{L})[^,;()]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CitedRightBefore();

    // "Hoãn thời hạn gửi …", "Nay tạm hoãn việc gửi …", "Tạm dừng thực hiện yêu cầu …".
    [GeneratedRegex(@"^[\s\-–•*]*(?:nay\s+)?(?:tam\s+)?(?:hoan|dung)(?:\s+lai)?\s+(?:thoi\s+han|han|viec|noi\s+dung|yeu\s+cau|thuc\s+hien)(?!\p{L})[^;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PostponedOpening();

    // The clause turns to the units before the date: "…, Đảng ủy Khối đề nghị các đơn vị gửi … trước …".
    [GeneratedRegex(@"(?<!\p{L})(?:de\s+nghi|giao\s+cho|cac\s+(?:don\s+vi|chi|dang\s+bo|doan\s+the))(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex AskedInClause();

    [GeneratedRegex(@"(?<!\p{L})(?:han|thoi\s+han)\s+cu(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex OldDeadline();

    // "(theo đề cương gửi kèm Công văn số 800-CV/ĐUK …, hạn trước …)": another document's own date.
    [GeneratedRegex(Document + @"\s+so(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex CitedDocument();

    [GeneratedRegex(@"(?<!\p{L})(?:han|thoi\s+han)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex DeadlineWord();

    [GeneratedRegex(@"^\s*,?\s*(?:va|cung)\s+(?<paper>\S.{2,80}?)\s+(?:cung|chung)\s+(?:thoi\s+han|han|ngay)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SameDay();

    [GeneratedRegex(@"^\s*(?:cua\s+)?(?:hang|moi)\s+nam(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Yearly();

    [GeneratedRegex(@"(?<!\p{L})khuyen\s+khich(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Encouraged();

    // "… sẽ được biểu dương", "… được ưu tiên xét thi đua", "… được khen thưởng", "… được cộng điểm thi đua".
    // Not "… trước ngày 15/12 để được xét khen thưởng": the deadline itself, with what it is for.
    [GeneratedRegex(@"^[^;]*?(?<!\p{L})(?<!de\s+)(?:se\s+)?duoc\s+(?:bieu\s+duong|tuyen\s+duong|khen(?:\s+thuong)?|uu\s+tien|cong\s+diem|danh\s+gia\s+cao|ghi\s+nhan|xem\s+xet\s+khen|xet\s+(?:khen|thi\s+dua))(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Rewarded();

    // "Thu hồi Công văn số …", "Nay hủy bỏ Kế hoạch số …", "Bãi bỏ …", "Ngừng thực hiện …".
    [GeneratedRegex(@"^[\s\-–•*]*(?:nay\s+)?(?:[^,;]{0,80}?(?<!\p{L}))?(?:thu\s+hoi|huy\s+bo|huy|bai\s+bo|ngung\s+(?:thuc\s+hien|trien\s+khai|ap\s+dung))\s+(?:(?:toan\s+bo\s+)?(?:noi\s+dung(?:[^;]{0,160}?(?<!\p{L})(?:tai|theo|cua)\s+|\s+))?(?:cua\s+)?)?" + Document + @"(?!\p{L})[^;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RecalledOpening();

    // "Công văn số … về việc gửi báo cáo trước … (nay) được thu hồi / hết hiệu lực".
    [GeneratedRegex(@"^[^;]*?(?<!\p{L})(?:(?:duoc|bi)\s+(?:thu\s+hoi|huy(?:\s+bo)?|bai\s+bo)|(?:het|khong\s+con)\s+hieu\s+luc|nay\s+(?:thu\s+hoi|huy\s+bo|bai\s+bo))(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Recalled();

    // "không gửi báo cáo …", "không phải nộp …" in the clause's last part: not "không phải gửi bản giấy, chỉ gửi …", nor
    // "không gửi riêng mà lồng ghép … gửi …".
    [GeneratedRegex(@"(?<!\p{L})khong\s+(?:phai\s+|can\s+)?(?:gui|nop|bao\s+cao|xay\s+dung)(?!\p{L})(?![^,]*(?<!\p{L})(?:ma|nhung|chi|thi|se|bi)(?!\p{L}))[^,]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Declined();

    // What befalls a unit that does not: "… sẽ bị nhắc tên", "… thì coi như không có ý kiến".
    [GeneratedRegex(@"(?<!\p{L})(?:se|thi|bi|coi\s+nhu)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Consequence();

    // "chỉ đạo cấp ủy trực thuộc gửi …", "gửi báo cáo về đảng ủy cơ sở trước …", "nộp cho chi ủy trước …".
    [GeneratedRegex(@"(?<!\p{L})(?:(?:chi\s+dao|huong\s+dan|yeu\s+cau)\s+(?:cac\s+)?(?:cap\s+uy|chi\s+bo|dang\s+bo\s+bo\s+phan|to\s+chuc\s+dang)\s+truc\s+thuoc|(?:gui|nop|bao\s+cao)(?!\p{L})[^,;]*?(?<!\p{L})(?:ve|cho|len)\s+(?:(?:dang|cap|chi)\s+uy\s+(?:cap\s+tren\s+)?co\s+so|chi\s+uy|cap\s+uy\s+cap\s+tren))(?![^,;]*(?<!\p{L})dang\s+uy\s+khoi)", RegexOptions.CultureInvariant)]
    private static partial Regex WithinTheUnit();

    // "Các đơn vị đã gửi …", "đơn vị đã nộp …".
    [GeneratedRegex(@"(?<!\p{L})da\s+(?:gui|nop|bao\s+cao|hoan\s+thanh)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex AlreadySent();

    // "… thì không phải gửi lại", "… không cần nộp lại".
    [GeneratedRegex(@"(?<!\p{L})khong\s+(?:phai|can)\s+(?:gui|nop|bao\s+cao)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Exempted();
}
