using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// A deadline's title from the words before its date: the paper asked for ("báo cáo tự kiểm tra, giám sát"), up to
/// where the sentence says where to send it. A title without a year borrows the topic of its heading
/// ("Về việc kiểm tra, giám sát việc thực hiện dân chủ ở cơ sở năm 2024" → "… thực hiện dân chủ ở cơ sở năm 2024").
/// </summary>
internal static partial class DeadlineTitle
{
    private const int MaxLength = 150;

    /// <param name="after">The rest of the sentence after the date: "Hạn chót 20/1 nộp báo cáo quý IV", "Thời hạn: ngày
    /// 28/12 đối với báo cáo tổng kết" name the paper there when the words before the date name none.</param>
    /// <param name="subject">The letter's "V/v …" line: what a paper named only by its kind is about when no heading says.</param>
    public static string From(string window, string? heading, string after = "", string? subject = null)
    {
        if (Papers(FoldedText.Of(window)).Count == 0 && Papers(FoldedText.Of(after)).Count > 0)
        {
            window = after;
        }

        var folded = FoldedText.Of(window);
        var nouns = Papers(folded);
        // The paper a verb asks to make or send ("xây dựng báo cáo", "gửi kế hoạch"), else the first paper named.
        // A verb inside a paper's own name is not one: "gửi bảng tổng hợp số liệu" asks for the "bảng tổng hợp".
        var noun = nouns.LastOrDefault(n => ProducingVerbRegex().Match(folded.Value[..n.Index]) is { Success: true } verb
                                           && !nouns.Any(o => o.Index <= verb.Index && verb.Index < o.Index + o.Length)) ?? nouns.FirstOrDefault();
        string title;
        if (noun is not null)
        {
            var start = folded.OriginalStart(noun.Index);
            title = window[start..StopAfter(folded, noun.Index + noun.Length)];
        }
        else
        {
            title = Work(window);
        }

        title = WithoutUnits(Tidy(title));
        // "cử đại biểu dự Hội nghị tổng kết, danh sách gửi trước …": the list is of what the clause before chose.
        if (noun is not null && noun.Value == "danh sach" && OnlyAKind(title) && ListOf(window[..folded.OriginalStart(noun.Index)]) is { } listed)
        {
            title = $"{title} {listed}";
        }

        // "Báo cáo", "Hồ sơ" alone say only the kind of paper: the heading above, or the letter's subject, says what about.
        if (!window.Contains('\t', StringComparison.Ordinal) && OnlyAKind(title) && About(heading, subject) is { } what)
        {
            title = Join(title, what);
        }

        // A table row naming only the kind ("1 | Hồ sơ | … | 22/12/2026") is the paper of the numbered heading above its table.
        if (window.Contains('\t', StringComparison.Ordinal) && OnlyAKind(title) && Topic(heading) is { } heads)
        {
            title = UnderHeading(title, heads);
        }

        // Otherwise a table row is titled from its own cells, never from the heading above the table.
        if (heading is not null && !window.Contains('\t', StringComparison.Ordinal) && !YearRegex().IsMatch(title) && YearRegex().IsMatch(heading) && Topic(heading) is { } topic && !OwnSubject(title, heading))
        {
            title = Join(title, topic);
        }

        if (title.Length > MaxLength)
        {
            var cut = title.LastIndexOf(' ', MaxLength);
            title = title[..(cut > 0 ? cut : MaxLength)] + "…";
        }

        // "Hạn chót: 23/12/2026." alone names nothing: the letter's "V/v …" (or the heading above) says what is due.
        title = title.Length == 0 && !window.Contains('\t', StringComparison.Ordinal) ? About(heading, subject) ?? string.Empty : title;
        return title.Length == 0 ? "Việc theo văn bản" : char.ToUpperInvariant(title[0]) + title[1..];
    }

    /// <summary>
    /// No paper named (a table row "Sơ kết 6 tháng | trước ngày …"): the work the last clause asks for, after its verb
    /// ("Đài Phát thanh và Truyền hình tỉnh gửi bài viết …": what is sent, not who sends it). A verb followed only by
    /// where to send ("…, gửi về Ban Tuyên giáo") gives way to the one before ("xây dựng mô hình điểm …"), which stays
    /// when it names the work itself.
    /// </summary>
    private static string Work(string window)
    {
        var clause = window[(window.LastIndexOfAny([':', ';', '(', '\t']) + 1)..];
        // "… | trong tháng 1/2027": the words of the due cell say when, never what.
        if (window.Contains('\t', StringComparison.Ordinal) && DueWordsOnly().IsMatch(VietnameseText.Fold(clause)))
        {
            clause = string.Empty;
        }

        if (clause.Trim().Length == 0 && window.Contains('\t', StringComparison.Ordinal))
        {
            // "2 | Rà soát đảng viên | Các chi bộ | Hạn chót: …": the row's first cell with words.
            clause = window.Split('\t').Select(c => c.Trim()).FirstOrDefault(c => c.Any(char.IsLetter)) ?? string.Empty;
        }

        var folded = FoldedText.Of(clause);
        foreach (var verb in ProducingVerbsRegex().Matches(folded.Value).Reverse())
        {
            if (verb.Index + verb.Length >= folded.Value.Length)
            {
                continue;
            }

            var after = folded.OriginalStart(verb.Index + verb.Length);

            var spaced = " " + clause[after..];
            var work = Tidy(spaced[..StopAfter(FoldedText.Of(spaced), 0)]);
            if (work.Length > 0)
            {
                return KeptVerbRegex().IsMatch(verb.Value) ? $"{clause[folded.OriginalStart(verb.Index)..after].Trim()} {work}" : work;
            }
        }

        // "…, hoàn thành" after the work: where the letter's stop words say the name ends.
        var last = string.Join(' ', clause.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).TakeLast(12));
        return Tidy(last[..StopAfter(FoldedText.Of(last), 0)]) is { Length: > 0 } named ? named : last;
    }

    /// <summary>
    /// What a "danh sách" named alone lists: the people or things the clause before it has the units choose ("cử đại biểu
    /// dự Hội nghị tổng kết, danh sách gửi …", "cử 02 đồng chí tham dự tập huấn, gửi danh sách …"); null when none.
    /// </summary>
    private static string? ListOf(string before)
    {
        var folded = FoldedText.Of(before);
        if (ChosenRegex().Matches(folded.Value) is not { Count: > 0 } chosen)
        {
            return null;
        }

        var what = chosen[^1].Groups["what"];
        var listed = Tidy(before[folded.OriginalStart(what.Index)..folded.OriginalEnd(what.Index + what.Length)]);
        return listed.Length == 0 ? null : listed;
    }

    [GeneratedRegex(@"(?<!\p{L})(?:cu|de\s+cu|gioi\s+thieu|lua\s+chon|chon|bau|phan\s+cong)\s+(?:[0-9]+\s+)?(?<what>\p{L}[^,;:.]*?)\s*[,;]?\s*(?:va\s+)?(?:gui\s+|nop\s+|lap\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ChosenRegex();

    /// <summary>The text names a paper ("báo cáo", "kế hoạch"), a unit's name aside.</summary>
    public static bool NamesAPaper(string text) => Papers(FoldedText.Of(text)).Count > 0;

    /// <summary>
    /// "Lưu ý: bản đăng ký gửi qua phần mềm, đồng thời gửi bản giấy …" after "Đăng ký mô hình …": every paper the text
    /// names is written as a copy ("bản đăng ký") of the paper <paramref name="title"/> names.
    /// </summary>
    public static bool NamesOnlyACopyOf(string text, string title)
    {
        var folded = FoldedText.Of(text);
        var papers = Papers(folded);
        var named = VietnameseText.Fold(title);
        return papers.Count > 0 && papers.All(p => named.Contains(p.Value, StringComparison.Ordinal) && folded.Value.AsSpan(0, p.Index).TrimEnd().EndsWith("ban", StringComparison.Ordinal));
    }

    /// <summary>
    /// The papers a text names, leaving out the words of a unit's name ("Sở Kế hoạch và Đầu tư" holds no "kế hoạch"):
    /// a capitalised paper word right after another capitalised word is part of a name.
    /// </summary>
    /// A paper with a number ("thực hiện Kế hoạch số 20-KH/ĐUK") is a document the letter cites, not one handed in.
    private static List<Match> Papers(FoldedText folded) =>
        [.. NounRegex().Matches(folded.Value).Where(n => !InAName(folded, n.Index) && !CitedRegex().IsMatch(folded.Value.AsSpan(n.Index + n.Length).ToString()))];

    /// <summary>
    /// "Báo cáo sơ kết và báo cáo tổng kết": the papers a title lists, each starting with its kind after "," or "và"; one
    /// paper gives a list of one.
    /// </summary>
    public static IReadOnlyList<string> PapersListed(string title)
    {
        var folded = FoldedText.Of(title);
        var cuts = new List<(int End, int Next)>();
        foreach (Match noun in NounRegex().Matches(folded.Value))
        {
            if (noun.Index > 0 && ListedBefore().Match(folded.Value[..noun.Index]) is { Success: true } joint)
            {
                cuts.Add((joint.Index, noun.Index));
            }
        }

        if (NounRegex().Match(folded.Value) is not { Success: true, Index: 0 } || cuts.Count == 0)
        {
            return [title];
        }

        var papers = new List<string>();
        var from = 0;
        foreach (var (end, next) in cuts)
        {
            papers.Add(title[folded.OriginalStart(from)..folded.OriginalStart(end)].Trim());
            from = next;
        }

        papers.Add(title[folded.OriginalStart(from)..].Trim());
        return [.. papers.Select(p => char.ToUpperInvariant(p[0]) + p[1..])];
    }

    // ", " or " và " right before a paper's kind.
    [GeneratedRegex(@"(?:\s*,\s*|\s+va\s+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ListedBefore();

    /// <summary>"Báo cáo", "Kế hoạch" alone: the kind of paper, not what it is about.</summary>
    public static bool OnlyAKind(string title) => NounRegex().Match(VietnameseText.Fold(title)) is { Success: true, Index: 0 } noun && noun.Length == title.Length;

    private static bool InAName(FoldedText folded, int at)
    {
        var original = folded.Original;
        var start = folded.OriginalStart(at);
        if (!char.IsUpper(original[start]))
        {
            return false;
        }

        var before = original[..start].TrimEnd();
        var wordStart = before.Length;
        while (wordStart > 0 && char.IsLetter(before[wordStart - 1]))
        {
            wordStart--;
        }

        return wordStart < before.Length && char.IsUpper(before[wordStart]);
    }

    private static string Tidy(string text)
    {
        text = Whitespace().Replace(text, " ").Trim().TrimEnd(',', ';', ':', '-', '–', '(', '.').Trim();
        // "Hạn chót: 22/12 (gửi bản đăng ký mô hình năm 2027).": the bracket closing a title read from inside it.
        if (text.EndsWith(')') && text.Count(c => c == ')') > text.Count(c => c == '('))
        {
            text = text[..^1].TrimEnd(',', ';', ':', '-', '–', '.', ' ');
        }

        // "gửi báo cáo F xong", "… đầy đủ, đúng hạn", "… khẩn trương": how to send it, not the paper's name.
        for (var tail = MannerTail().Match(text.ToLowerInvariant()); tail.Success && tail.Index > 0; tail = MannerTail().Match(text.ToLowerInvariant()))
        {
            text = text[..tail.Index].TrimEnd(',', ';', ':', '-', '–', '(', '.', ' ');
        }

        return text;
    }

    // On the title in lower case ("đúng" only with its accents: "sử dụng" is not "đúng").
    [GeneratedRegex(@"[\s,]+(?:xong|đầy đủ|day du|đúng|đúng hạn|dung han|kịp thời|kip thoi|đúng thời gian|đúng quy định|theo quy định|theo quy dinh|bằng văn bản|bang van ban|khẩn trương|khan truong)$", RegexOptions.CultureInvariant)]
    private static partial Regex MannerTail();

    [GeneratedRegex(@"(?<!\p{L})(?:bang\s+(?:dang ky|tong hop|cham diem|thong ke|ke khai|danh gia)|bieu\s+(?:thong\s+ke|tong\s+hop|so\s+lieu)|phu\s+luc|bai\s+(?:du\s+thi|thu\s+hoach)|du thao|bao cao|ke hoach|danh sach|dang ky|de an|to trinh|bien ban|ho so|chuong trinh|tham luan|so lieu|ban tu kiem diem|bai viet|bieu mau|tai lieu|phieu)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex NounRegex();

    [GeneratedRegex(@"(?<!\p{L})(?:xay dung|gui|nop|lap|hoan thanh|hoan thien|chuan bi|tong hop|de nghi)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ProducingVerbsRegex();

    // The verbs that name the work ("Xây dựng mô hình điểm", "Hoàn thành kiểm điểm"), unlike "gửi", "nộp", "đề nghị".
    [GeneratedRegex(@"^(?:xay dung|hoan thanh|hoan thien|chuan bi)", RegexOptions.CultureInvariant)]
    private static partial Regex KeptVerbRegex();

    [GeneratedRegex(@"(?<!\p{L})(?:xay dung|gui|nop|lap|hoan thanh|hoan thien|chuan bi|tong hop)\s+(?:them\s+)?(?:cac\s+|lai\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ProducingVerbRegex();

    [GeneratedRegex(@"^\s+so\s+[0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex CitedRegex();

    // "trong", "trước", "hạn chót" … alone: what is left of a due cell before its date.
    [GeneratedRegex(@"^\s*(?:(?:trong|truoc|han|han\s+chot|thoi\s+han|cham\s+nhat|ngay|vao|den|den\s+het|trong\s+thang|truoc\s+ngay)\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DueWordsOnly();

    [GeneratedRegex(@"(?<![0-9])20[0-9]{2}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
