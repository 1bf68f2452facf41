using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>Dated phrases that are not the units' deadlines: a period's end, a cut-off for figures, the office's own work.</summary>
internal sealed partial class ProposalBuilder
{
    /// <summary>"từ ngày 01/10/2023 đến hết ngày 30/9/2024" is a period, not a deadline.</summary>
    private static bool EndsAPeriod(string text, DatePhrase phrase, LetterSentence sentence)
    {
        if (phrase.Keyword != "đến hết")
        {
            return false;
        }

        var from = Math.Max(sentence.Start, phrase.Start - 60);
        return PeriodStart().IsMatch(VietnameseText.Fold(text[from..phrase.Start]));
    }

    /// <summary>
    /// "Số liệu tính đến hết ngày 30/11", "Kết quả thực hiện đến hết ngày 30/11 …": the day figures are counted to, not a
    /// day to hand anything in.
    /// </summary>
    private static bool IsACutOff(string text, DatePhrase phrase, LetterSentence sentence)
    {
        if (phrase.Keyword != "đến hết")
        {
            return false;
        }

        var from = Math.Max(sentence.Start, phrase.Start - 30);
        return CutOffBefore().IsMatch(VietnameseText.Fold(text[from..phrase.Start]));
    }

    /// <summary>
    /// A clause whose subject is the office itself ("Ban Tuyên giáo tổng hợp, báo cáo Ban Thường vụ …", "Đảng ủy Khối sẽ
    /// tổ chức hội nghị …"), also run on from the units' clause ("…, Ban Tuyên giáo tổng hợp …", "… để Đảng ủy Khối tổng
    /// hợp báo cáo Tỉnh ủy …", "… để Tỉnh ủy xem xét …"), is the office's or that body's work, not the units'; unless it
    /// asks the units ("Ban Thường vụ Đảng ủy Khối đề nghị các đơn vị …").
    /// </summary>
    /// <returns>The body whose work it is, as the letter writes it, or null when the clause is the units'.</returns>
    private static string? OfficesOwn(string clause)
    {
        var folded = FoldedText.Of(clause);
        // "Tỉnh ủy yêu cầu Đảng ủy Khối báo cáo trước …": the office's own deadline to a body above it.
        if (OfficeAsked().Match(folded.Value) is { Success: true } asked && !UnitsAfter().IsMatch(folded.Value[(asked.Index + asked.Length)..]))
        {
            var office = asked.Groups["body"];
            return clause[folded.OriginalStart(office.Index)..folded.OriginalEnd(office.Index + office.Length)];
        }

        var match = OfficeSubject().Match(folded.Value) is { Success: true } own ? own : OtherBodyAfterDe().Match(folded.Value);
        if (!match.Success || AsksTheUnits().IsMatch(folded.Value))
        {
            return null;
        }

        var body = match.Groups["body"];
        return clause[folded.OriginalStart(body.Index)..folded.OriginalEnd(body.Index + body.Length)];
    }

    [GeneratedRegex(@"(?<!\p{L})tu\s+(?:ngay\s+)?[0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodStart();

    // "tính đến hết", "thực hiện đến hết", "số liệu … đến hết", "lũy kế đến hết".
    [GeneratedRegex(@"(?<!\p{L})(?:tinh|thuc\s+hien|so\s+lieu|luy\s+ke)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CutOffBefore();

    // The office and its bodies at the start of a clause (after its number or dash); not the province's "Ban Tổ chức
    // Tỉnh ủy", "Văn phòng Ủy ban nhân dân tỉnh", which are units.
    // "Trường hợp đơn vị không gửi đúng hạn, Ban Tuyên giáo sẽ báo cáo …", "Nếu …, Đảng ủy Khối …": after a condition too.
    [GeneratedRegex(@"^\s*(?:(?:[0-9]+(?:\.[0-9]+)*\.?|[ivx]+\.|[a-z]\)|[-–•+*])\s*)?(?:(?:truong\s+hop|neu|khi)(?!\p{L})[^,;.\n]{0,100},\s*)?(?:(?:[,;]|va|roi|sau\s+do|de(?:\s+cho)?)(?!\p{L})\s*,?\s*)?(?<body>ban\s+thuong\s+vu|thuong\s+truc|ban\s+tuyen\s+giao|ban\s+to\s+chuc|ban\s+dan\s+van|uy\s+ban\s+kiem\s+tra|van\s+phong\s+dang\s+uy|(?:co\s+quan\s+)?dang\s+uy\s+khoi)(?!\p{L})(?!\s+tinh(?!\p{L}))", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeSubject();

    // "… để Tỉnh ủy xem xét", "… để Ban Thường vụ Tỉnh ủy cho ý kiến", "… để UBND tỉnh tổng hợp": a body above the office,
    // the subject of an onward "để" clause (as a clause's own subject "Ban Tổ chức Tỉnh ủy gửi …" it is a unit).
    [GeneratedRegex(@"^\s*,?\s*de(?:\s+cho)?\s+(?<body>(?:(?:ban|thuong\s+truc|van\s+phong)(?:\s+\p{L}+){0,3}?\s+)?tinh\s+uy|ubnd\s+tinh|uy\s+ban\s+nhan\s+dan\s+tinh|hoi\s+dong\s+nhan\s+dan\s+tinh|trung\s+uong|dang\s+uy\s+khoi)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex OtherBodyAfterDe();

    [GeneratedRegex(@"(?<!\p{L})(?:yeu\s+cau|de\s+nghi|giao(?:\s+cho)?)\s+(?<body>(?:ban\s+thuong\s+vu\s+|thuong\s+truc\s+)?dang\s+uy\s+khoi|ban\s+tuyen\s+giao(?:\s+dang\s+uy\s+khoi)?|van\s+phong\s+dang\s+uy(?:\s+khoi)?)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeAsked();

    // "… yêu cầu Đảng ủy Khối chỉ đạo các đơn vị báo cáo …": the units are still the ones asked.
    [GeneratedRegex(@"(?<!\p{L})cac\s+(?:don\s+vi|chi|dang\s+bo|to\s+chuc|doan\s+the)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex UnitsAfter();

    [GeneratedRegex(@"(?<!\p{L})(?:de\s+nghi|yeu\s+cau|giao\s+cho|giao\s+cac|don\s+doc|chi\s+dao|huong\s+dan\s+cac)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex AsksTheUnits();
}
