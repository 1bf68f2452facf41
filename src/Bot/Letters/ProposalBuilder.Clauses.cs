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
    /// tổ chức hội nghị …") is the office's own work, not the units'; unless it asks the units ("Ban Thường vụ Đảng ủy
    /// Khối đề nghị các đơn vị …").
    /// </summary>
    private static bool IsTheOfficesOwn(string clause)
    {
        var folded = VietnameseText.Fold(clause);
        return OfficeSubject().IsMatch(folded) && !AsksTheUnits().IsMatch(folded);
    }

    [GeneratedRegex(@"(?<!\p{L})tu\s+(?:ngay\s+)?[0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodStart();

    // "tính đến hết", "thực hiện đến hết", "số liệu … đến hết", "lũy kế đến hết".
    [GeneratedRegex(@"(?<!\p{L})(?:tinh|thuc\s+hien|so\s+lieu|luy\s+ke)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CutOffBefore();

    // The office and its bodies at the start of a clause (after its number or dash); not the province's "Ban Tổ chức
    // Tỉnh ủy", "Văn phòng Ủy ban nhân dân tỉnh", which are units.
    [GeneratedRegex(@"^\s*(?:(?:[0-9]+(?:\.[0-9]+)*\.?|[ivx]+\.|[a-z]\)|[-–•+*])\s*)?(?:ban\s+thuong\s+vu|thuong\s+truc|ban\s+tuyen\s+giao|ban\s+to\s+chuc|ban\s+dan\s+van|uy\s+ban\s+kiem\s+tra|van\s+phong\s+dang\s+uy|(?:co\s+quan\s+)?dang\s+uy\s+khoi)(?!\p{L})(?!\s+tinh(?!\p{L}))", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeSubject();

    [GeneratedRegex(@"(?<!\p{L})(?:de\s+nghi|yeu\s+cau|giao\s+cho|giao\s+cac|don\s+doc|chi\s+dao|huong\s+dan\s+cac)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex AsksTheUnits();
}
