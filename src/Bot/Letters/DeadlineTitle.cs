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
    /// The papers a text names, leaving out the words of a unit's name ("Sở Kế hoạch và Đầu tư" holds no "kế hoạch"):
    /// a capitalised paper word right after another capitalised word is part of a name.
    /// </summary>
    /// A paper with a number ("thực hiện Kế hoạch số 20-KH/ĐUK") is a document the letter cites, not one handed in.
    private static List<Match> Papers(FoldedText folded) =>
        [.. NounRegex().Matches(folded.Value).Where(n => !InAName(folded, n.Index) && !CitedRegex().IsMatch(folded.Value.AsSpan(n.Index + n.Length).ToString()))];

    /// <summary>
    /// The title without who hands it in ("Các đơn vị nghiên cứu …", "… của các đoàn thể khối") or the date of a document
    /// it names ("Hướng dẫn số 15-HD/BTGTU ngày 20/11/2026"): the item shows its units apart.
    /// </summary>
    private static string WithoutUnits(string title)
    {
        var folded = FoldedText.Of(title);
        if (UnitsTailRegex().Match(folded.Value) is { Success: true, Index: > 0 } tail)
        {
            // "… của các đoàn thể khối năm 2026": the units go, the year stays.
            var year = YearTailRegex().Match(folded.Value, tail.Index) is { Success: true } y && !YearRegex().IsMatch(folded.Value[..tail.Index]) ? " năm " + y.Groups["y"].Value : string.Empty;
            title = Tidy(title[..folded.OriginalStart(tail.Index)]) + year;
            folded = FoldedText.Of(title);
        }

        // "… năm 2026 của Chi bộ Báo Yên Bái và Đảng bộ Sở Y tế": the units named apart, not in the title.
        if (NamedUnits.OwnersAt(folded, null) is { Of: > 0 } owners)
        {
            var year = YearTailRegex().Match(folded.Value, owners.Of) is { Success: true } y && !YearRegex().IsMatch(folded.Value[..owners.Of]) ? " năm " + y.Groups["y"].Value : string.Empty;
            title = Tidy(title[..folded.OriginalStart(owners.Of)]) + year;
            folded = FoldedText.Of(title);
        }

        if (UnitsLeadRegex().Match(folded.Value) is { Success: true } lead && lead.Length < folded.Value.Length)
        {
            title = title[folded.OriginalStart(lead.Length)..];
            folded = FoldedText.Of(title);
        }

        return DocumentDateRegex().Match(folded.Value) is { Success: true, Index: > 0 } date ? Tidy(title[..folded.OriginalStart(date.Index)]) : title;
    }

    private static bool OnlyAKind(string title) => NounRegex().Match(VietnameseText.Fold(title)) is { Success: true, Index: 0 } noun && noun.Length == title.Length;

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

    /// <summary>
    /// A title typed by the office (/giao) without the tail that says where to send the paper ("… gửi về Ban Tuyên
    /// giáo", "… nộp về Văn phòng Đảng ủy"): a letter's stops, only those about sending, since the rest of a typed
    /// title is meant.
    /// </summary>
    public static string WithoutSendingTail(string title)
    {
        var cut = Tidy(title[..StopAfter(FoldedText.Of(title), 0, SendingStops)]);
        return cut.Length == 0 ? title : cut;
    }

    private static readonly HashSet<string> SendingStops = new(StringComparer.Ordinal) { "gui", "nop", "ve ban", "ve dang uy", "ve van phong", "va gui", "va nop" };

    /// <summary>
    /// Where the paper's name ends, in the original. Stops are found on the folded text, so a letter typed without
    /// diacritics ("gui ve Ban") is cut like one with them; a word written with other diacritics is not the stop word
    /// ("chuyên đề", "kết quả" go on), and without diacritics the compounds those words form are told apart by their
    /// neighbours ("chuyen de", "ket qua").
    /// </summary>
    /// <param name="only">The stop words to cut at (folded, single spaces); null for every stop.</param>
    private static int StopAfter(FoldedText folded, int from, IReadOnlySet<string>? only = null)
    {
        for (var stop = StopRegex().Match(folded.Value, from); stop.Success; stop = stop.NextMatch())
        {
            if (stop.Groups["w"] is not { Success: true } words)
            {
                if (only is null)
                {
                    return folded.OriginalStart(stop.Index);
                }

                continue;
            }

            if (only is not null && !only.Contains(Whitespace().Replace(words.Value, " ")))
            {
                continue;
            }

            var written = folded.Original[folded.OriginalStart(words.Index)..folded.OriginalEnd(words.Index + words.Length)];
            // "về Sở Nội vụ" says where to send it; "báo cáo về công tác …" names what the paper is about.
            if (words.Value == "ve" && !char.IsUpper(folded.Original[folded.OriginalEnd(words.Index + words.Length)..].TrimStart().FirstOrDefault()))
            {
                continue;
            }

            var plain = string.Equals(VietnameseText.Fold(written), VietnameseText.Normalize(written), StringComparison.OrdinalIgnoreCase);
            if (plain ? !PlainCompound(folded.Value, words.Index, words.Index + words.Length) : WrittenAsStop(written))
            {
                return folded.OriginalStart(stop.Index);
            }
        }

        return folded.Original.Length;
    }

    /// <summary>Each word as the stop spells it ("để", not "đề"); the stop phrases hold only these words.</summary>
    private static bool WrittenAsStop(string written) =>
        Whitespace().Split(VietnameseText.Normalize(written).ToLowerInvariant().Trim()).All(StopSpellings.Contains);

    private static readonly HashSet<string> StopSpellings = new(StringComparer.Ordinal)
    {
        "gửi", "nộp", "về", "ban", "đảng", "ủy", "uỷ", "văn", "phòng", "trước", "hạn", "chậm", "nhất", "để", "và", "cho", "hoàn", "thành", "qua", "theo", "hướng", "dẫn",
    };

    /// <summary>Without diacritics "de" and "qua" are also "đề" and "quả": "chuyen de", "de an", "ket qua" are not stops.</summary>
    private static bool PlainCompound(string folded, int start, int end) => folded[start..end] switch
    {
        "de" => DeCompoundBefore().IsMatch(folded[..start]) || DeCompoundAfter().IsMatch(folded[end..]),
        "qua" => QuaCompoundBefore().IsMatch(folded[..start]),
        _ => false,
    };

    /// <summary>
    /// The title and the heading's topic, without saying twice the words where they overlap: "Đăng ký mô hình" and
    /// "đăng ký mô hình Dân vận khéo năm 2027" are "Đăng ký mô hình Dân vận khéo năm 2027".
    /// </summary>
    private static string Join(string title, string topic)
    {
        var titleWords = title.Split(' ');
        var topicWords = topic.Split(' ');
        for (var overlap = Math.Min(titleWords.Length, topicWords.Length); overlap > 0; overlap--)
        {
            var end = titleWords.Skip(titleWords.Length - overlap).Select(VietnameseText.Fold);
            if (end.SequenceEqual(topicWords.Take(overlap).Select(VietnameseText.Fold), StringComparer.Ordinal))
            {
                return overlap == topicWords.Length ? title : $"{title} {string.Join(' ', topicWords.Skip(overlap))}";
            }
        }

        return $"{title} {topic}";
    }

    /// <summary>
    /// A kind of paper under a heading that names a paper itself: the same kind is the heading's paper ("Hồ sơ" under "Hồ
    /// sơ đề nghị khen thưởng …"), another kind is part of it ("Báo cáo trong hồ sơ đề nghị khen thưởng …").
    /// </summary>
    private static string UnderHeading(string kind, string topic)
    {
        var folded = VietnameseText.Fold(topic);
        if (NounRegex().Match(folded) is not { Success: true, Index: 0 } paper)
        {
            return Join(kind, topic);
        }

        return string.Equals(paper.Value, VietnameseText.Fold(kind), StringComparison.Ordinal) ? char.ToUpperInvariant(topic[0]) + topic[1..] : $"{kind} trong {topic}";
    }

    private static string Tidy(string text)
    {
        text = Whitespace().Replace(text, " ").Trim().TrimEnd(',', ';', ':', '-', '–', '(', '.').Trim();
        // "gửi báo cáo F xong", "… đầy đủ, đúng hạn": how to send it, not the paper's name.
        for (var tail = MannerTail().Match(text.ToLowerInvariant()); tail.Success && tail.Index > 0; tail = MannerTail().Match(text.ToLowerInvariant()))
        {
            text = text[..tail.Index].TrimEnd(',', ';', ':', '-', '–', '(', '.', ' ');
        }

        return text;
    }

    /// <summary>
    /// A title naming a subject of its own that the heading does not hold ("Báo cáo thi đua" under "Về việc tự kiểm tra
    /// thực hiện dân chủ ở cơ sở năm 2026"): the heading is another paper's, and its topic is not borrowed. "Báo cáo
    /// kết quả", "Báo cáo tự kiểm tra" say nothing the heading does not, and take its topic.
    /// </summary>
    private static bool OwnSubject(string title, string heading)
    {
        var folded = VietnameseText.Fold(title);
        var rest = NounRegex().Match(folded) is { Success: true } noun ? folded.Remove(noun.Index, noun.Length) : folded;
        var own = VietnameseText.Tokens(rest).Where(w => w.Any(char.IsLetter) && !GenericWords.Contains(w)).ToList();
        var headingWords = VietnameseText.Tokens(VietnameseText.Fold(heading)).ToHashSet(StringComparer.Ordinal);
        return own.Count > 0 && !own.Any(headingWords.Contains);
    }

    // Words that qualify a paper without naming its subject.
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "ket", "qua", "tong", "so", "danh", "gia", "tu", "thuc", "hien", "cong", "tac", "nam", "thang", "quy", "ve", "cua", "va", "cac",
        "nhanh", "dinh", "ky", "tinh", "hinh", "chuyen", "de", "chi", "tiet", "bo", "sung", "du", "thao", "trien", "khai", "cuoi", "dau",
    };

    /// <summary>
    /// What a paper named only by its kind is about: its heading's topic, unless the letter's subject says the same more
    /// fully ("1. Về việc báo cáo tổng kết" under "V/v báo cáo tổng kết công tác dân vận năm 2026").
    /// </summary>
    private static string? About(string? heading, string? subject) =>
        Topic(heading) is { } topic && !(Topic(subject) is { } whole && !YearRegex().IsMatch(topic)
                                         && VietnameseText.Fold(whole).Contains(VietnameseText.Fold(topic), StringComparison.Ordinal))
            ? topic : Topic(subject);

    /// <summary>"Về việc kiểm tra, giám sát việc thực hiện … năm 2024" → "thực hiện … năm 2024".</summary>
    private static string? Topic(string? heading)
    {
        // "III. TỔ CHỨC THỰC HIỆN": a section of the letter in capitals, not what a paper is about.
        if (heading is null || !heading.Any(char.IsLower))
        {
            return null;
        }

        var folded = VietnameseText.Fold(heading);
        var normalized = VietnameseText.Normalize(heading);
        if (folded.Length != normalized.Length)
        {
            return null;
        }

        var at = folded.LastIndexOf("viec ", StringComparison.Ordinal);
        var from = at >= 0 ? at + 5 : folded.StartsWith("ve ", StringComparison.Ordinal) ? 3 : 0;
        var topic = Tidy(normalized[from..]);
        return topic.Length == 0 ? null : char.ToLowerInvariant(topic[0]) + topic[1..];
    }

    // On the title in lower case ("đúng" only with its accents: "sử dụng" is not "đúng").
    [GeneratedRegex(@"[\s,]+(?:xong|đầy đủ|day du|đúng|đúng hạn|dung han|kịp thời|kip thoi|đúng thời gian|đúng quy định|theo quy định|theo quy dinh|bằng văn bản|bang van ban)$", RegexOptions.CultureInvariant)]
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

    // Where the paper's name ends (folded): where to send it, when, why, or whose guidance it follows. "hạn" is a
    // deadline word alone, not in "hạn chế", "hạn mức", "hạn ngạch".
    [GeneratedRegex(@"\s+(?<w>gui|nop|ve\s+ban|ve\s+dang\s+uy|ve\s+van\s+phong|truoc|han(?!\s+(?:che|muc|ngach)(?!\p{L}))|cham\s+nhat|de|theo\s+huong\s+dan|va\s+gui|va\s+nop|cho|hoan\s+thanh|qua|ve(?=\s+\S))(?!\p{L})|\s*\(|[^\S\t]*\t", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex StopRegex();

    // "chuyên đề", "vấn đề", "chủ đề", "tiêu đề"; "đề án", "đề xuất", "đề nghị", "đề cương", "đề tài", "đề mục".
    [GeneratedRegex(@"(?<!\p{L})(?:chuyen|van|chu|tieu)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex DeCompoundBefore();

    [GeneratedRegex(@"^\s+(?:an|xuat|nghi|cuong|tai|muc)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex DeCompoundAfter();

    // "kết quả", "hiệu quả", "thành quả".
    [GeneratedRegex(@"(?<!\p{L})(?:ket|hieu|thanh)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex QuaCompoundBefore();

    [GeneratedRegex(@"^\s+so\s+[0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex CitedRegex();

    // "trong", "trước", "hạn chót" … alone: what is left of a due cell before its date.
    [GeneratedRegex(@"^\s*(?:(?:trong|truoc|han|han\s+chot|thoi\s+han|cham\s+nhat|ngay|vao|den|den\s+het|trong\s+thang|truoc\s+ngay)\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DueWordsOnly();

    // "… của các đoàn thể khối", "… của các chi, đảng bộ cơ sở", "… tại các đơn vị".
    [GeneratedRegex(@"\s+(?:cua|tai)\s+(?:cac|moi|tung)\s+(?:don\s+vi|chi|dang\s+bo|doan\s+the|to\s+chuc\s+dang|co\s+so|doanh\s+nghiep)(?!\p{L}).*$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitsTailRegex();

    // "Các đơn vị nghiên cứu …", "các chi bộ triển khai …": who does it, before what is done.
    [GeneratedRegex(@"^(?:cac|moi|tung)\s+(?:don\s+vi|chi\s*,\s*dang\s+bo(?:\s+co\s+so)?|chi\s+bo|dang\s+bo(?:\s+co\s+so)?|doan\s+the(?:\s+khoi)?)(?:\s+(?:truc\s+thuoc|co\s+so))?\s*,?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex UnitsLeadRegex();

    // "Hướng dẫn số 15-HD/BTGTU ngày 20/11/2026" at a title's end: the cited document's date.
    [GeneratedRegex(@"\s+ngay\s+[0-9]{1,2}\s*/\s*[0-9]{1,2}\s*/\s*[0-9]{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentDateRegex();

    [GeneratedRegex(@"(?<![0-9])20[0-9]{2}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"(?<!\p{L})nam\s+(?<y>20[0-9]{2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearTailRegex();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
