using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>A unit a letter names: as written, and the store's unit when its name was found as written.</summary>
internal sealed record NamedUnit(string Name, long? Id);

/// <summary>
/// The units a sentence names after "gồm", "gồm có", "sau đây:", "các đơn vị:", a group's "các đảng bộ:", "các chi bộ:"
/// (or its brackets: "các đảng bộ doanh nghiệp (Điện lực Yên Bái, …) gửi"): names separated by commas,
/// semicolons or "và", up to the verb that follows the list. The store's own names are tried first, longest first, so
/// a verb-like word or a "và" inside a name ("Sở Xây dựng", "Ngân hàng Nông nghiệp và Phát triển nông thôn …") never
/// cuts it; every other piece up to the verb is kept, to be matched or listed as not matched.
/// </summary>
internal static partial class NamedUnits
{
    /// <returns>The names in the letter's order, or an empty list when the sentence names no units.</returns>
    public static IReadOnlyList<NamedUnit> In(string sentence, UnitNameIndex index)
    {
        var folded = FoldedText.Of(sentence);
        var text = folded.Value;
        if (TriggerRegex().Match(text) is not { Success: true } trigger)
        {
            return [];
        }

        // "đề nghị các đơn vị: - Gửi báo cáo …": the bullets say what the units before the colon do, not who they are.
        if (LeadingVerbRegex().IsMatch(text.AsSpan(trigger.Index + trigger.Length).ToString()))
        {
            return [];
        }

        return ListFrom(folded, trigger.Index + trigger.Length, index).Names;
    }

    /// <summary>
    /// The units a sentence asks without a list: its subject before the verb ("Cục Thuế gửi …", "Đề nghị Ngân hàng Nhà
    /// nước và Cục Thuế gửi …"), every name kept, matched or not, so a name the store writes differently is listed as not
    /// matched instead of the item silently going to every unit. A subject is a unit's name only when it starts with a
    /// unit's kind ("Sở", "Cục", "Ngân hàng" …) or, after "đề nghị", with a capital.
    /// </summary>
    public static IReadOnlyList<NamedUnit> Subject(string sentence, UnitNameIndex index)
    {
        var folded = FoldedText.Of(sentence);
        if (SubjectStartRegex().Match(folded.Value) is not { Success: true } lead)
        {
            return [];
        }

        var start = lead.Index + lead.Length;
        var asked = lead.Groups["ask"].Success;
        if (start >= folded.Value.Length || !char.IsUpper(folded.Original[folded.OriginalStart(start)])
            || !(asked || KindAt(folded, start) || index.At(folded.Value, start) is not null))
        {
            return [];
        }

        var (names, byVerb) = ListFrom(folded, start, index);
        return byVerb ? names : [];
    }

    /// <summary>
    /// The units whose paper the sentence asks for ("Gửi báo cáo kết quả năm 2026 của Chi bộ Báo Yên Bái và Đảng bộ Sở Y
    /// tế trước …"): every name after "của", matched or not; not the author of a document the sentence cites ("Công văn
    /// số 55-CV/SYT của Sở Y tế", "theo đề nghị của Sở Nội vụ").
    /// </summary>
    public static IReadOnlyList<NamedUnit> Owners(string sentence, UnitNameIndex index)
    {
        var folded = FoldedText.Of(sentence);
        return OwnersAt(folded, index) is { } of ? ListFrom(folded, of.Names, index).Names : [];
    }

    /// <summary>Where "của" and the names after it start in <paramref name="folded"/> (see <see cref="Owners"/>), or null.</summary>
    /// <param name="index">The store's names, or null to know a unit by its kind's word alone ("Sở", "Chi bộ" …).</param>
    public static (int Of, int Names)? OwnersAt(FoldedText folded, UnitNameIndex? index)
    {
        foreach (Match of in OwnerRegex().Matches(folded.Value))
        {
            var start = of.Index + of.Length;
            // "của Đảng ủy Sở Y tế": a committee writes a document, its unit is not asked for a paper (see AuthorBefore).
            if (start < folded.Value.Length && !CitedBefore().IsMatch(folded.Value[Math.Max(0, of.Index - 60)..of.Index]) && char.IsUpper(folded.Original[folded.OriginalStart(start)])
                && !CommitteeRegex().IsMatch(folded.Value, start)
                && (KindAt(folded, start) || index?.At(folded.Value, start) is not null))
            {
                return (of.Index, start);
            }
        }

        return null;
    }

    /// <summary>
    /// The units of a table row's cell ("Sở Nội vụ, Sở Tư pháp; Bệnh viện Sản - Nhi tỉnh"): a cell that opens with a
    /// unit's name is a list of names, each kept, matched or not; a dash inside a name is part of it.
    /// </summary>
    public static IReadOnlyList<NamedUnit> InCells(string row, UnitNameIndex index)
    {
        if (!row.Contains('\t', StringComparison.Ordinal))
        {
            return [];
        }

        foreach (var cell in row.Split('\t'))
        {
            var folded = FoldedText.Of(cell.Trim());
            if (folded.Value.Length == 0 || !char.IsUpper(folded.Original[0])
                || !(KindAt(folded, 0) || index.At(folded.Value, 0) is not null))
            {
                continue;
            }

            if (ListFrom(folded, 0, index).Names is { Count: > 0 } names)
            {
                return names;
            }
        }

        return [];
    }

    /// <summary>A bullet or clause that opens with what to do ("- Gửi báo cáo …", "a) Hoàn thành …"), not with who does it.</summary>
    public static bool StartsWithAVerb(string text) => LeadingVerbRegex().IsMatch(VietnameseText.Fold(text));

    /// <summary>The names from <paramref name="start"/> up to the verb after them; whether a verb ended the list.</summary>
    private static (List<NamedUnit> Names, bool ByVerb) ListFrom(FoldedText folded, int start, UnitNameIndex index)
    {
        var text = folded.Value;
        var names = new List<NamedUnit>();
        while (start < text.Length)
        {
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            // A store name is taken whole when the list goes on, or ends, right after it.
            if (index.At(text, start) is { } known && IsProperName(folded, start, known.End) && (Separator(text, known.End) is not null || EndsList(folded, known.End)))
            {
                names.Add(new NamedUnit(Cut(folded, start, known.End), known.Id));
                if (Separator(text, known.End) is not { } after)
                {
                    return (names, Verb(folded, known.End, Math.Min(text.Length, known.End + 20)) is not null);
                }

                start = after;
                continue;
            }

            // A name shorter than the store's, with a "và" inside ("Ngân hàng Nông nghiệp và Phát triển nông thôn"): the
            // longest store name it begins is tried before "và" splits it.
            if (index.Prefix(text, start, 3) is { } begun && AndRegex().IsMatch(text[start..begun.End]) && IsProperName(folded, start, begun.End)
                && (Separator(text, begun.End) is not null || EndsList(folded, begun.End)))
            {
                names.Add(new NamedUnit(Cut(folded, start, begun.End), begun.Id));
                if (Separator(text, begun.End) is not { } next)
                {
                    return (names, Verb(folded, begun.End, Math.Min(text.Length, begun.End + 20)) is not null);
                }

                start = next;
                continue;
            }

            var separator = SeparatorRegex().Match(text, start);
            var end = separator.Success ? separator.Index : text.Length;
            // The last name runs into the verb after the list ("… và Trường Chính trị tỉnh gửi báo cáo …").
            var verb = Verb(folded, start, end);
            // "Ban QLDA đầu tư xây dựng tỉnh và Viện Kiểm sát tỉnh gửi …": "xây dựng" with a name after it is a name's word.
            if (verb is { } inName && separator.Success && text.AsSpan(inName).TrimStart().StartsWith("xay dung") && NameAt(folded, separator.Index + separator.Length))
            {
                verb = null;
            }

            if (verb is { } verbAt)
            {
                end = verbAt;
            }

            if (end > start)
            {
                var name = Cut(folded, start, end);
                if (name.Length > 0 && !char.IsUpper(name[0]))
                {
                    return (names, false);
                }

                if (name.Length > 0)
                {
                    names.Add(new NamedUnit(name, null));
                }
            }

            if (verb is not null)
            {
                return (names, true);
            }

            start = separator.Success ? separator.Index + separator.Length : text.Length;
        }

        return (names, false);
    }

    /// <summary>
    /// The store's units a sentence names without a list ("Đề nghị Ngân hàng Nhà nước và Sở Y tế gửi báo cáo …"): a
    /// sentence that names units is about them, never about every unit.
    /// </summary>
    public static IReadOnlyList<NamedUnit> Mentioned(string sentence, UnitNameIndex index)
    {
        var folded = FoldedText.Of(sentence);
        var groups = UnitGroups.In(folded.Value);
        // Four or more of a name's first words across its "và" are the name written short ("Ngân hàng Nông nghiệp và Phát
        // triển nông thôn"): matched to its unit, or left to the resolver (and shown) when several units' names start so.
        return [.. index.FindAll(folded.Value, 0, folded.Value.Length, 4)
            .Where(hit => IsProperName(folded, hit.Start, hit.End) && !groups.Any(g => hit.Start < g.End && hit.End > g.Start)
                          && !AuthorBefore().IsMatch(folded.Value.AsSpan(0, hit.Start).ToString())
                          && !IsWhereToSend(folded.Value, hit.Start))
            .Select(hit => new NamedUnit(Cut(folded, hit.Start, hit.End), hit.Id))];
    }

    /// <summary>
    /// A unit's name is written as a name: with a capital ("Sở Xây dựng", not the "sở xây dựng" of "cơ sở xây dựng kế
    /// hoạch", nor "tài chính", "y tế" as common words), or in a line all in capitals; and never the "sở" of "cơ sở".
    /// </summary>
    private static bool IsProperName(FoldedText folded, int start, int end)
    {
        if (start >= 3 && folded.Value.AsSpan(start).StartsWith("so ") && CoBefore().IsMatch(folded.Value.AsSpan(0, start).ToString()))
        {
            return false;
        }

        var from = folded.OriginalStart(start);
        var written = folded.Original[from..folded.OriginalEnd(end)];
        return char.IsUpper(folded.Original[from]) || !written.Any(char.IsLower);
    }

    [GeneratedRegex(@"(?<!\p{L})cua\s+", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerRegex();

    [GeneratedRegex(@"\G(?:dang|chi)\s+uy\s", RegexOptions.CultureInvariant)]
    private static partial Regex CommitteeRegex();

    // A document's number or name, or whose word it is, just before "của": "Công văn số 55-CV/SYT của …", "theo đề nghị của …".
    [GeneratedRegex(@"(?:(?<!\p{L})so\s+[0-9]\S*\s+(?:\S+\s+){0,4}|(?<!\p{L})(?:theo|y\s+kien|de\s+nghi|chi\s+dao)\s+(?:\S+\s+){0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex CitedBefore();

    // "Công văn số 55-CV/SYT của Sở Y tế", "theo hướng dẫn của Bảo hiểm xã hội tỉnh": the author of a document the
    // letter cites, not a unit it asks.
    // "của Đảng ủy Sở Y tế", "của Ban cán sự đảng Sở Tài chính": the author's own body before its name.
    [GeneratedRegex(@"(?<!\p{L})cua\s+(?:(?:dang|chi)\s+bo\s+|(?:ban\s+thuong\s+vu\s+)?dang\s+uy\s+|ban\s+can\s+su\s+dang\s+|dang\s+doan\s+|lanh\s+dao\s+|ban\s+giam\s+doc\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorBefore();

    /// <summary>
    /// "gửi danh sách … về Sở Nội vụ", "gửi báo cáo cho Sở Tài chính", "phối hợp với Bảo hiểm xã hội tỉnh", "(qua Ban
    /// Tuyên giáo)": where the paper goes or whom the units work with, not a unit that owes it.
    /// </summary>
    public static bool IsWhereToSend(string folded, int start) => DestinationBefore().IsMatch(folded.AsSpan(0, start).ToString());

    // "giao cho Sở Y tế" asks that unit; every other "cho" sends to it.
    [GeneratedRegex(@"(?<!\p{L})(?:ve|(?<!giao\s)cho|voi|qua|den|toi)\s*\(?\s*(?:(?:dang|chi)\s+bo\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DestinationBefore();

    // The subject's start: after a number or dash, and after "đề nghị"/"yêu cầu" when the sentence asks.
    [GeneratedRegex(@"^\s*(?:(?:[0-9]+(?:\.[0-9]+)*\.?|[a-z]\)|[-–•+*])\s*)?(?:(?<ask>(?:de\s+nghi|yeu\s+cau))\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectStartRegex();

    /// <summary>
    /// A unit's kind word starts at <paramref name="start"/> ("Sở", "Cục", "Đảng ủy Sở …"): never "Số liệu …", "Sơ kết …",
    /// which fold to the same "so" as "Sở" (a table's content cell "Số liệu phụ lục" is a paper, not a unit).
    /// </summary>
    private static bool KindAt(FoldedText folded, int start) =>
        UnitKindRegex().Match(folded.Value, start) is { Success: true } kind && kind.Index == start
        && (kind.Groups["k"].Value != "so" || folded.Original[folded.OriginalStart(kind.Groups["k"].Index + 1)] is 'o' or 'O' or 'ở' or 'Ở');

    [GeneratedRegex(@"(?:(?:dang|chi)\s+(?:bo|uy)\s+)?(?<k>so|cuc|ngan\s+hang|truong|cong\s+ty|tong\s+cong\s+ty|kho\s+bac|bao\s+hiem|benh\s+vien|bao(?!\s+cao)|dai|vien|trung\s+tam|van\s+phong|hoi(?!\s+(?:nghi|thao|dong))|lien\s+doan|uy\s+ban|cong\s+an|toa\s+an|chi\s+cuc|bo\s+chi\s+huy)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex UnitKindRegex();

    [GeneratedRegex(@"(?<!\p{L})co\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex CoBefore();

    private static string Cut(FoldedText folded, int start, int end) =>
        folded.Original[folded.OriginalStart(start)..folded.OriginalEnd(end)].Trim().Trim('.', ':', '-', '–', '+', '•', '"', '“', '”', '(', ')').Trim();

    private static bool NameAt(FoldedText folded, int position) =>
        position < folded.Value.Length && char.IsUpper(folded.Original[folded.OriginalStart(position)]);

    /// <summary>Where the next name starts when a separator follows <paramref name="position"/>.</summary>
    private static int? Separator(string text, int position) =>
        SeparatorRegex().Match(text, position) is { Success: true } m && m.Index == position ? m.Index + m.Length : null;

    /// <summary>The list ends here: at the end of the sentence, its full stop, or the verb after the list.</summary>
    private static bool EndsList(FoldedText folded, int position)
    {
        var rest = folded.Value.AsSpan(position).TrimStart();
        return rest.IsEmpty || rest[0] is '.' or ':' or '(' or ')' || Verb(folded, position, Math.Min(folded.Value.Length, position + 20)) is { } at && folded.Value.AsSpan(position, at - position).IsWhiteSpace();
    }

    /// <summary>The first verb between the positions written in lower case: "Xây dựng" in a name is not the verb.</summary>
    private static int? Verb(FoldedText folded, int start, int end)
    {
        foreach (Match verb in VerbRegex().Matches(folded.Value[..end], start))
        {
            if (!char.IsUpper(folded.Original[folded.OriginalStart(verb.Groups["v"].Index)]))
            {
                return verb.Index;
            }
        }

        return null;
    }

    /// <summary>
    /// "Các đảng bộ: Sở Y tế, Sở Tư pháp", "các chi bộ sau đây: …", "các đơn vị: …": a group's words and a colon opening
    /// a list of names; <paramref name="piece"/> without them when names (a capital) follow, else null.
    /// </summary>
    public static string? AfterGroupOpener(string piece)
    {
        var folded = FoldedText.Of(piece);
        return GroupOpenerRegex().Match(folded.Value) is { Success: true } opener && opener.Index + opener.Length < folded.Value.Length
               && folded.Value[..opener.Index].Trim(' ', '-', '+', '–', '•').Length == 0 && char.IsUpper(folded.Original[folded.OriginalStart(opener.Index + opener.Length)])
            ? piece[folded.OriginalStart(opener.Index + opener.Length)..]
            : null;
    }

    // A group's words before the colon of its list: "các đảng bộ:", "các chi, đảng bộ cơ sở sau đây:", "03 đảng bộ sau:".
    private const string GroupOpener = @"(?:cac|nhung|[0-9]{1,2})\s+(?:don\s+vi|(?:chi\s*,\s*)?(?:dang|chi)\s+bo(?:\s+(?:co\s+so|truc\s+thuoc|doanh\s+nghiep))?)(?:\s+sau(?:\s+day)?)?\s*:";

    [GeneratedRegex(@"(?<!\p{L})" + GroupOpener + @"\s*", RegexOptions.CultureInvariant)]
    private static partial Regex GroupOpenerRegex();

    // "các đảng bộ doanh nghiệp (Điện lực Yên Bái, Viễn thông Yên Bái) gửi …": the group's units named in its brackets.
    [GeneratedRegex(@"(?<!\p{L})(?:gom(?!\p{L})(?:\s+co(?!\p{L}))?\s*:?|sau\s+day\s*:|(?:cac\s+)?don\s+vi(?:\s+sau)?\s*:|" + GroupOpener + @"|cac\s+(?:chi\s*,\s*)?(?:dang|chi)\s+bo(?:\s+(?:co\s+so|truc\s+thuoc|doanh\s+nghiep))?\s*\((?=\s*(?:(?:dang|chi)\s+bo\s+)?\p{L}[^()]*\)\s*(?:gui|nop|dang\s+ky|hoan\s+thanh|thuc\s+hien|bao\s+cao)(?!\p{L})))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex TriggerRegex();

    [GeneratedRegex(@"\s+(?<v>gui|nop|dang ky|tien hanh|xay dung|hoan thanh|thuc hien|co trach nhiem|chuan bi|lap|ra soat|bao cao|trien khai|to chuc|truoc|han chot|cham nhat|chu tri|phoi hop)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex VerbRegex();

    [GeneratedRegex(@"\s*[,;]\s*|\s+va\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorRegex();

    // A bullet ("-", "+", "a)", "1.") opening with what to do: "Gửi …", "Hoàn thành …", "Xây dựng …".
    [GeneratedRegex(@"^\s*(?:[-–•+*]|[a-z0-9]{1,2}[.)])?\s*(?:gui|nop|dang\s+ky|tien\s+hanh|xay\s+dung|hoan\s+thanh|hoan\s+thien|thuc\s+hien|chuan\s+bi|lap|ra\s+soat|bao\s+cao|trien\s+khai|to\s+chuc|cu|nghien\s+cuu|quan\s+triet|tong\s+ket|so\s+ket|cap\s+nhat|danh\s+gia|phoi\s+hop|chu\s+tri)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingVerbRegex();

    [GeneratedRegex(@"\s+va\s+", RegexOptions.CultureInvariant)]
    private static partial Regex AndRegex();
}
