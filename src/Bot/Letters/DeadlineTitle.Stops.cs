using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>Where a paper's name ends in a title: the words that say where, when or how to send it.</summary>
internal static partial class DeadlineTitle
{
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

    // Where the paper's name ends (folded): where to send it, when, why, whose guidance it follows, or the units it
    // lists (", gồm: Ban Quản lý …", which go to the scope; not "thu gom"), or the request after the paper's clause
    // ("Đối với các đơn vị chưa gửi báo cáo 6 tháng, đề nghị gửi …"), or who is reported to ("báo cáo Đảng ủy Khối",
    // "báo cáo Ban Dân vận Tỉnh ủy": the verb, not the paper's name). "hạn" is a deadline word alone, not in
    // "hạn chế", "hạn mức", "hạn ngạch".
    [GeneratedRegex(@"\s+(?<w>gui|nop|ve\s+ban|ve\s+dang\s+uy|ve\s+van\s+phong|truoc|han(?!\s+(?:che|muc|ngach)(?!\p{L}))|cham\s+nhat|de|theo\s+huong\s+dan|va\s+gui|va\s+nop|cho|hoan\s+thanh|qua|ve(?=\s+\S))(?!\p{L})|\s*\(|(?<=(?<!\p{L})bao\s+cao)\s+(?<w>dang\s+uy|ban(?!\s+(?:dau|giay|mem|goc|chinh|sao|scan|dien|tu|cung)(?!\p{L})))(?!\p{L})|\s*,\s*(?:de\s+nghi|yeu\s+cau)(?!\p{L})|[^\S\t]*\t|\s*,\s*(?:bao\s+)?gom(?:\s+co)?(?!\p{L})|\s+(?:bao\s+)?gom(?:\s+co)?\s*:", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex StopRegex();

    // "chuyên đề", "vấn đề", "chủ đề", "tiêu đề"; "đề án", "đề xuất", "đề nghị", "đề cương", "đề tài", "đề mục".
    [GeneratedRegex(@"(?<!\p{L})(?:chuyen|van|chu|tieu)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex DeCompoundBefore();

    [GeneratedRegex(@"^\s+(?:an|xuat|nghi|cuong|tai|muc)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex DeCompoundAfter();

    // "kết quả", "hiệu quả", "thành quả".
    [GeneratedRegex(@"(?<!\p{L})(?:ket|hieu|thanh)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex QuaCompoundBefore();
}
