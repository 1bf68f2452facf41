using System.Globalization;
using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>What a letter says about itself: its number ("1720-CV/ĐUK"), its kind and its date.</summary>
internal sealed record LetterHeader(string? Number, string Kind, DateOnly? Date)
{
    /// <summary>"Công văn số 1720-CV/ĐUK", or "Kế hoạch ngày 25/3/2024" when the number could not be read.</summary>
    public string Reference => Number is { } n ? $"{Kind} số {n}"
        : Date is { } d ? $"{Kind} ngày {VietnameseWording.Date(d)}"
        : Kind;

    /// <summary>"Số 1720-CV/ĐUK, ngày 22/5/2024", as the letter's header reads.</summary>
    public string Describe()
    {
        var date = Date is { } d ? $"ngày {VietnameseWording.Date(d)}" : "không đọc được ngày văn bản";
        return Number is { } n ? $"{Kind} số {n}, {date}" : $"{Kind} (không thấy số văn bản), {date}";
    }
}

internal static partial class LetterHeaderReader
{
    // The kind is the letters between the number and the slash: 1720-CV/ĐUK is a công văn, 253-KH/ĐUK a kế hoạch.
    private static readonly Dictionary<string, string> KindsByCode = new(StringComparer.Ordinal)
    {
        ["cv"] = "Công văn",
        ["kh"] = "Kế hoạch",
        ["hd"] = "Hướng dẫn",
        ["tb"] = "Thông báo",
        ["ct"] = "Chỉ thị",
        ["bc"] = "Báo cáo",
        ["qd"] = "Quyết định",
        ["tt"] = "Thông tri",
        ["ctr"] = "Chương trình",
        ["nq"] = "Nghị quyết",
        ["kl"] = "Kết luận",
    };

    // A letter without a number still has its kind as a title line ("KẾ HOẠCH", "**CHỈ THỊ**").
    private static readonly Dictionary<string, string> KindsByTitle = KindsByCode.Values.ToDictionary(VietnameseText.Fold, k => k, StringComparer.Ordinal);

    public static LetterHeader Read(string text)
    {
        var head = HeadOf(text);
        var folded = FoldedText.Of(head);
        string? number = null;
        string? kind = null;
        DateOnly? besideNumber = null;
        if ((NumberRegex().Match(folded.Value) is { Success: true } atLineStart ? atLineStart : InlineNumber(folded)) is { } m)
        {
            // "Số 651-CV/ĐUK ngày 30/11/2026. Kính gửi: …" pasted on one line: the date written right after the number.
            besideNumber = DateAfterNumberRegex().Match(folded.Value, m.Index + m.Length) is { Success: true } dated ? DateOf(dated) : null;
            var group = m.Groups["n"];
            var raw = head[folded.OriginalStart(group.Index)..folded.OriginalEnd(group.Index + group.Length)];
            number = SpacesAroundDash().Replace(raw, "-").Trim();
            kind = KindsByCode.GetValueOrDefault(m.Groups["k"].Value);
        }

        kind ??= head.Split('\n').Select(l => VietnameseText.Fold(l.Replace("*", "", StringComparison.Ordinal)))
            .Select(l => KindsByTitle.GetValueOrDefault(l)).FirstOrDefault(k => k is not null) ?? InlineKind(folded);
        return new LetterHeader(number, kind ?? "Văn bản", DatePhraseParser.ReadDocumentDate(head) ?? NumericDateLine(folded) ?? InlineDate(folded) ?? besideNumber);
    }

    /// <summary>
    /// A letter pasted into a chat often loses its line breaks and tabs, so its number runs on after the header
    /// ("… TỈNH * Số 1720-CV/ĐUK V/v …"). Only near the top, and only "Số" written with a capital and not after a
    /// document's name ("Kế hoạch số 171-KH/BDVTU" is another document).
    /// </summary>
    private static Match? InlineNumber(FoldedText folded)
    {
        foreach (Match m in InlineNumberRegex().Matches(folded.Value[..Math.Min(folded.Value.Length, InlineReach)]))
        {
            if (folded.Original[folded.OriginalStart(m.Index)] == 'S' && !DocumentNameBefore().IsMatch(folded.Value[..m.Index]))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The kind's title line run on in pasted text ("… năm 2024 KẾ HOẠCH Xây dựng …"): the first kind written in capitals.</summary>
    private static string? InlineKind(FoldedText folded)
    {
        foreach (Match m in KindTitleRegex().Matches(folded.Value[..Math.Min(folded.Value.Length, InlineReach)]))
        {
            var written = folded.Original[folded.OriginalStart(m.Index)..folded.OriginalEnd(m.Index + m.Length)];
            if (written.Where(char.IsLetter).All(char.IsUpper) && KindsByTitle.TryGetValue(Spaces().Replace(m.Value, " "), out var kind))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>
    /// The date line written in figures ("Yên Bái, ngày 30/11/2026", "ngày 30-11-2026") alone on its line, or after the
    /// number on the header's "Số 280-CV/ĐUK, ngày 30/11/2026" line.
    /// </summary>
    private static DateOnly? NumericDateLine(FoldedText folded)
    {
        foreach (Match m in NumericDateLineRegex().Matches(folded.Value))
        {
            // "Các đơn vị gửi báo cáo trước ngày 15/12/2026." on a line of its own is a due date, not the letter's.
            if (!DueWordBefore().IsMatch(m.Value) && DateOf(m) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? DateOf(Match m)
    {
        var (year, month, day) = (int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
        return month is >= 1 and <= 12 && day >= 1 && year is > 1900 and < 2200 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    /// <summary>The letter's date line run on in pasted text: "… VIỆT NAM Yên Bái, ngày 22 tháng 5 năm 2024 Kính gửi: …".</summary>
    private static DateOnly? InlineDate(FoldedText folded)
    {
        foreach (Match m in InlineDateRegex().Matches(folded.Value[..Math.Min(folded.Value.Length, InlineReach)]))
        {
            // The place is written with capitals ("Yên Bái,", "Hà Nội,"): a sentence's "…, ngày 5 tháng 3 năm 2024" is not the letter's date.
            if (PlaceStart(folded, m.Groups["p"]) is not null && DateOf(m) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// Where the place name starts: the words in capitals just before the comma ("… V/v báo cáo sơ kết Yên Bái, ngày …"
    /// is "Yên Bái"); null when the word before the comma is not one, or the place follows "tại", "ở", "đến", "từ", "về"
    /// (a sentence's "tổ chức tại Hà Nội, ngày 5 tháng 3 năm 2024" is not the letter's date).
    /// </summary>
    private static int? PlaceStart(FoldedText folded, Group words)
    {
        int? start = null;
        var at = words.Index + words.Length;
        while (at > words.Index)
        {
            var wordStart = folded.Value.LastIndexOf(' ', at - 1, at - words.Index) + 1;
            wordStart = Math.Max(wordStart, words.Index);
            if (!char.IsUpper(folded.Original[folded.OriginalStart(wordStart)]))
            {
                break;
            }

            start = wordStart;
            at = wordStart - 1;
        }

        return start is { } found && PlacePreposition().IsMatch(folded.Value[..found]) ? null : start;
    }

    /// <summary>How far into a pasted letter its number and date may be: a header is a few hundred characters.</summary>
    private const int InlineReach = 1500;

    /// <summary>The header is at the top: the first 40 lines are plenty and keep a 30-page letter cheap.</summary>
    private static string HeadOf(string text)
    {
        var end = 0;
        for (var line = 0; line < 40 && end >= 0 && end < text.Length; line++)
        {
            end = text.IndexOf('\n', end + 1);
        }

        return end < 0 ? text : text[..end];
    }

    [GeneratedRegex(@"(?<!\p{L})(?:truoc|han|han\s+chot|cham\s+nhat|den|tu|vao|trong)[^\S\n]+ngay[^\S\n]", RegexOptions.CultureInvariant)]
    private static partial Regex DueWordBefore();

    // "Số 1720-CV/ĐUK" or "Số: 253 - KH/ĐUK" at the start of a line or of a header table cell (after a tab).
    [GeneratedRegex(@"(?:^|\t)[^\S\n]*so[^\S\n]*:?[^\S\n]*(?<n>[0-9]+[^\S\n]*-[^\S\n]*(?<k>[a-z]+)(?:/[^\s,;]*[^\s,;.])?)", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"(?<!\p{L})so\s*:?\s*(?<n>[0-9]+\s*-\s*(?<k>[a-z]+)/[^\s,;]*[^\s,;.])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex InlineNumberRegex();

    [GeneratedRegex(@"(?<!\p{L})(?:cong van|ke hoach|huong dan|thong bao|chi thi|bao cao|quyet dinh|thong tri|chuong trinh|nghi quyet|ket luan|de an|quy che|quy dinh|theo|tai|cua)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentNameBefore();

    [GeneratedRegex(@"(?<![\p{L}/])(?<p>\p{L}+(?:[^\S\n]\p{L}+){0,3}),\s*ngay\s+" + DateWritten + @"(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex InlineDateRegex();

    // "30 tháng 11 năm 2026", "30/11/2026", "30-11-2026", "30.11.2026".
    private const string DateWritten = @"(?<d>[0-9]{1,2})(?:\s+thang\s+(?<m>[0-9]{1,2})\s*,?\s*nam\s+|[^\S\n]*(?<s>[/.\-])[^\S\n]*(?<m>[0-9]{1,2})[^\S\n]*\k<s>[^\S\n]*)(?<y>[0-9]{4})";

    [GeneratedRegex(@"\G[^\S\n]*,?[^\S\n]*ngay[^\S\n]+" + DateWritten, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DateAfterNumberRegex();

    // A line that is the date line in figures, or the number line carrying the date ("Số 280-CV/ĐUK, ngày 30/11/2026").
    [GeneratedRegex(@"(?:^|\t)[^\S\n]*(?:so[^\S\n]*:?[^\S\n]*[0-9]+[^\S\n]*-[^\n,]*|\p{L}[\p{L} .]{0,40})?,?[^\S\n]*ngay[^\S\n]+(?<d>[0-9]{1,2})[^\S\n]*(?<s>[/.\-])[^\S\n]*(?<m>[0-9]{1,2})[^\S\n]*\k<s>[^\S\n]*(?<y>[0-9]{4})[^\S\n.]*\.?[^\S\n]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumericDateLineRegex();

    [GeneratedRegex(@"(?<!\p{L})(?:cong\s+van|ke\s+hoach|huong\s+dan|thong\s+bao|chi\s+thi|bao\s+cao|quyet\s+dinh|thong\s+tri|chuong\s+trinh|nghi\s+quyet|ket\s+luan)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex KindTitleRegex();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<!\p{L})(?:tai|o|den|tu|ve)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex PlacePreposition();

    [GeneratedRegex(@"\s*-\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SpacesAroundDash();
}
