using System.Text.RegularExpressions;
using QcdcBot.Bot.Conversation.Scope;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// The units a letter is addressed to: "Kính gửi: - Đảng bộ Sở Y tế; - Đảng bộ Ngân hàng Nhà nước; - Chi bộ Báo Yên
/// Bái." (on its line, or one per line after it), or the groups it is addressed to ("Kính gửi: - Các đoàn thể khối.").
/// A sentence naming no unit and no group ("đề nghị các đơn vị …") is for these units, or these groups.
/// </summary>
internal sealed partial class Addressees
{
    private Addressees(IReadOnlyList<long> ids, IReadOnlyList<string> names, IReadOnlyList<string> unmatched, bool massOrganizations, bool partyUnits, int end, UnitKind? onlyKind, (string Tag, string Named)? tagged)
    {
        Tagged = tagged;
        OnlyKind = onlyKind;
        End = end;
        Ids = ids;
        Names = names;
        Unmatched = unmatched;
        MassOrganizations = massOrganizations;
        PartyUnits = partyUnits;
    }

    /// <summary>Addressed only to "Các chi bộ trực thuộc" (or only "Các đảng bộ cơ sở"): that kind, not every grassroots unit.</summary>
    public UnitKind? OnlyKind { get; }

    /// <summary>Addressed to a group told by its units' tags ("Kính gửi: Các đơn vị doanh nghiệp").</summary>
    public (string Tag, string Named)? Tagged { get; }

    /// <summary>Addressed to "Các đoàn thể khối".</summary>
    public bool MassOrganizations { get; }

    /// <summary>Addressed to "Các chi, đảng bộ cơ sở" (or another phrase for the grassroots units).</summary>
    public bool PartyUnits { get; }

    public IReadOnlyList<long> Ids { get; }

    /// <summary>The names as the letter writes them, matched or not.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Addressees that match no unit, kept to be listed as "chưa khớp", never dropped.</summary>
    public IReadOnlyList<string> Unmatched { get; }

    public int Count => Names.Count;

    /// <summary>Where the list ends in the text: a letter pasted on one line runs its first sentence on from here.</summary>
    public int End { get; }

    public static Addressees? In(string text, UnitNameIndex index)
    {
        // The letter's text is NFC already (LetterReader), so positions found here cut it directly.
        if (KinhGuiRegex().Match(text) is not { Success: true } at)
        {
            return null;
        }

        // The rest of the "Kính gửi" line, then each following line that is a list item ("- …", "+ …").
        var pieces = new List<string>();
        var lineEnd = text.IndexOf('\n', at.Index + at.Length) is var e and >= 0 ? e : text.Length;
        var line0 = text[(at.Index + at.Length)..lineEnd];
        var listStop = lineEnd;
        // A letter pasted on one line runs on after the list: it ends at the first sentence's end or a section's words.
        if (ListEndRegex().Match(line0) is { Success: true } listEnd)
        {
            line0 = line0[..listEnd.Index];
            listStop = at.Index + at.Length + listEnd.Index + listEnd.Length;
        }

        // A list of addressees never holds a due date: a body with none of the words above ends before the clause holding it.
        if (DueRegex().Match(line0) is { Success: true } due)
        {
            var stop = line0.LastIndexOfAny(['.', ';'], Math.Max(due.Index - 1, 0)) is var cut and > 0 ? cut : due.Index;
            line0 = line0[..stop];
            listStop = at.Index + at.Length + stop + 1;
        }

        pieces.AddRange(line0.Split(';'));
        for (var start = lineEnd + 1; start < text.Length;)
        {
            var end = text.IndexOf('\n', start) is var n and >= 0 ? n : text.Length;
            var line = text[start..end].Trim();
            if (line.Length == 0 || line[0] is not ('-' or '+' or '•' or '–'))
            {
                break;
            }

            pieces.AddRange(line.Split(';'));
            start = end + 1;
            listStop = end;
        }

        var ids = new List<long>();
        var names = new List<string>();
        var shown = new List<string>();
        var groups = new List<string>();
        var unmatched = new List<string>();
        var massOrganizations = false;
        var partyUnits = false;
        var kinds = new List<UnitKind?>();
        (string Tag, string Named)? tagged = null;
        // "Các chi, đảng bộ cơ sở (trừ Chi bộ Báo Yên Bái)", "Các đoàn thể khối, trừ …": the units left out, read as a
        // sentence's "trừ" is; the group stays addressed.
        var excepted = new List<string>();
        // "Kính gửi: Các đảng bộ: Sở Y tế, Sở Tư pháp.": the group's words open the list of the units addressed, never a unit.
        pieces = [.. pieces.Select(p => NamedUnits.AfterGroupOpener(p) ?? p)];
        pieces = [.. pieces.Select(p => ExceptedUnits.Split(p) is var (rest, names) ? Excepting(rest, names, excepted) : p)];
        foreach (var raw in pieces.Select(p => OfficeRegex().Replace(p, string.Empty)).SelectMany(p => AddresseeNames.Split(p, index)).Select(WithoutPeople).SelectMany(GroupsApart))
        {
            var piece = raw.Trim().TrimStart('-', '+', '•', '–').Trim().TrimEnd('.', ',', ';').Trim();
            if (!piece.Any(char.IsLetter))
            {
                continue;
            }

            var folded = VietnameseText.Fold(piece);
            // "Kính gửi: Các đơn vị.": no unit nor group named, so the sentences' own units or the default (the 74).
            if (FilingRegex().IsMatch(folded) || AnyUnitRegex().IsMatch(folded))
            {
                // "Nơi nhận: - Như trên; - Lưu VP.": where the letter is filed, never a unit.
                continue;
            }

            if (UnitGroups.In(folded).Count > 0)
            {
                tagged ??= UnitGroups.Tagged(folded);
                var doanThe = folded.Contains("doan the", StringComparison.Ordinal);
                massOrganizations |= doanThe;
                kinds.Add(doanThe ? null : UnitGroups.OnlyKind(folded));
                partyUnits |= !doanThe || folded.Contains("dang bo", StringComparison.Ordinal) || folded.Contains("chi bo", StringComparison.Ordinal);
                groups.Add(piece);
                shown.Add(piece);
                continue;
            }

            var found = NamedUnits.Mentioned(piece, index);
            // "Agribank Yên Bái", "Ngân hàng TMCP Quân đội": a trade name, or the first words of one unit's name.
            if (found.Count == 0 && VietnameseText.Fold(UnitBrands.Expand(piece)).Trim() is var own && index.Prefix(own, 0, 3) is { Id: { } begun, End: var end } && end == own.Length)
            {
                found = [new NamedUnit(piece, begun)];
            }

            names.Add(piece);
            shown.Add(piece);
            if (found.Count == 0 || found.Any(f => f.Id is null))
            {
                unmatched.Add(piece);
            }

            ids.AddRange(found.Where(f => f.Id is not null).Select(f => f.Id!.Value));
        }

        // Units named beside groups ("…, Đảng bộ Sở Y tế và các đoàn thể khối") are those units and the groups' units too.
        return names.Count == 0 && !massOrganizations && !partyUnits ? null : new Addressees([.. ids.Distinct()], names.Count > 0 ? shown : names, unmatched, massOrganizations, partyUnits, listStop,
            kinds.Count > 0 && !massOrganizations && kinds.Distinct().Count() == 1 ? kinds[0] : null, tagged)
        { Groups = names.Count > 0 ? groups : [], GroupsWritten = groups, Excepted = excepted };
    }

    /// <summary>
    /// "Các đồng chí Bí thư chi bộ, đảng bộ cơ sở", "Ban Thường vụ các chi, đảng bộ cơ sở", "Cấp ủy các chi bộ": the people
    /// or organ of a group are written to, and the group is what is addressed.
    /// </summary>
    private static string WithoutPeople(string piece)
    {
        var folded = FoldedText.Of(piece);
        if (PeopleRegex().Match(folded.Value) is not { Success: true } people)
        {
            return piece;
        }

        var rest = piece[folded.OriginalStart(people.Length)..];
        var group = rest.StartsWith("các ", StringComparison.OrdinalIgnoreCase) ? rest : "Các " + rest;
        return UnitGroups.In(VietnameseText.Fold(group)).Any(g => g.Start == 0) ? group : piece;
    }

    [GeneratedRegex(@"^[\s\-+•–]*(?:cac\s+)?(?:dong\s+chi\s+)?(?:bi\s+thu|pho\s+bi\s+thu|ban\s+thuong\s+vu|thuong\s+truc|cap\s+uy|ban\s+chap\s+hanh)\s+(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex PeopleRegex();

    private static string Excepting(string rest, string names, List<string> excepted)
    {
        excepted.Add(names);
        return rest;
    }

    /// <summary>The names the list leaves out ("(trừ Chi bộ Báo Yên Bái)"), as written: never given what the letter asks.</summary>
    public IReadOnlyList<string> Excepted { get; private init; } = [];

    /// <summary>The groups addressed beside named units ("các đoàn thể khối", "các đảng bộ doanh nghiệp"), as written.</summary>
    public IReadOnlyList<string> Groups { get; private init; } = [];

    /// <summary>Every group the list names, with names beside them or not ("Các chi, đảng bộ cơ sở; các ngân hàng").</summary>
    public IReadOnlyList<string> GroupsWritten { get; private init; } = [];

    /// <summary>The units addressed: those named and, when groups are named beside them, every unit of those groups.</summary>
    public IReadOnlyList<long> UnitsIn(IReadOnlyList<Unit> all) =>
        [.. Ids.Concat(all.Where(u => Groups.Any(g => Covers(g, u))).Select(u => u.Id)).Distinct()];

    private static bool Covers(string group, Unit unit) =>
        UnitGroupPhrases.Whole(group) is { } whole ? whole.Covers(unit)
        : UnitGroups.Tagged(VietnameseText.Fold(group)) is { } tagged && unit.IsGrassroots && unit.Tags.Contains(tagged.Tag, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Đảng bộ Sở Y tế và các đoàn thể khối": the names before and after a group phrase, and the group, each a piece of
    /// its own, so that neither the unit nor the group is lost.
    /// </summary>
    private static IEnumerable<string> GroupsApart(string piece)
    {
        var folded = FoldedText.Of(piece);
        if (UnitGroups.In(folded.Value).Count == 0)
        {
            return [piece];
        }

        var parts = new List<string>();
        int At(int at) => at < folded.Value.Length ? folded.OriginalStart(at) : piece.Length;
        int? group = null;
        var from = 0;
        // "các đảng bộ doanh nghiệp" is one group, not "các đảng bộ" and a name: the longest phrase at a place is taken.
        foreach (var (start, end) in UnitGroups.In(folded.Value).OrderBy(g => g.Start).ThenByDescending(g => g.End).Append((folded.Value.Length, folded.Value.Length)))
        {
            if (start < from)
            {
                continue;
            }

            // Between groups, a name starts with its capital; words in lower case ("trong Khối") still qualify the group before.
            var between = Joining().Replace(piece[At(from)..At(start)], string.Empty);
            if (between.Length > 0 && (group is null || char.IsUpper(between[0])))
            {
                if (group is { } open)
                {
                    parts.Add(piece[open..At(from)]);
                }

                parts.Add(between);
                group = null;
            }

            if (start == folded.Value.Length)
            {
                break;
            }

            if (group is { } before)
            {
                parts.Add(piece[before..At(from)]);
            }

            group = At(start);
            from = end;
        }

        if (group is { } last)
        {
            parts.Add(piece[last..]);
        }

        return parts;
    }

    // The words joining a name to a group at either end: ", ", " và ", "cùng".
    [GeneratedRegex(@"^(?:[\s,;]|(?i:và|va|cùng|cung)(?!\p{L}))+|(?:[\s,;]|(?<!\p{L})(?i:và|va|cùng|cung))+$", RegexOptions.CultureInvariant)]
    private static partial Regex Joining();

    [GeneratedRegex(@"(?i:trước|hạn chót|chậm nhất|hạn nộp)\s+(?:(?i:ngày|là ngày)\s+)?[0-9]{1,2}\s*[/.-]\s*[0-9]{1,2}", RegexOptions.CultureInvariant)]
    private static partial Regex DueRegex();

    [GeneratedRegex(@"(?i:kính gửi|kinh gui)\s*:?", RegexOptions.CultureInvariant)]
    private static partial Regex KinhGuiRegex();

    // A full stop after a word in lower case, before a capital ("… Nhà nước. Thực hiện …"; not "TP. Yên Bái"), or a
    // section's first words.
    // A numbered point ("tỉnh. 1. Các đơn vị …"), or a sentence's verb in lower case after the names ("… Ban Dân tộc tỉnh gửi
    // báo cáo …"; never "Sở Xây dựng", written with a capital).
    // Not "… trực thuộc Đảng ủy Khối (trừ …)": the office a group belongs to, inside the list.
    // An abbreviation ends a name too: "… Chi bộ Sở NN&PTNT. Đề nghị …", "… BHXH tỉnh; Sở KH&ĐT. Thực hiện …" (not "TP. Yên Bái").
    [GeneratedRegex(@"(?<=\p{Ll}|[\p{Lu}&]{3})\.\s+(?=\p{Lu}|[0-9]{1,2}[.)]\s)|(?<=[\p{L}0-9)])(?<!(?i:thuộc|của))\s(?=(?:Thực hiện|Căn cứ|Nơi nhận|Trích yếu|Về việc|Ban Thường vụ|Đảng ủy Khối|Để|Nhằm|Ngày|Sau khi|Đề nghị|Yêu cầu|Các đơn vị|gửi|nộp|báo cáo|hoàn thành|triển khai|chuẩn bị|đăng ký)(?!\p{L}))", RegexOptions.CultureInvariant)]
    private static partial Regex ListEndRegex();

    // "Các đảng bộ, chi bộ cơ sở trực thuộc Đảng ủy Khối": the office the group belongs to, never a unit addressed.
    [GeneratedRegex(@"\s+(?i:trực\s+thuộc|thuộc|của)\s+(?i:Đảng\s+(?:ủy|uỷ)\s+Khối)(?:\s+(?i:cơ\s+quan\s+và\s+doanh\s+nghiệp)(?:\s+(?i:tỉnh))?(?:\s+(?i:Yên\s+Bái))?)?(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeRegex();

    [GeneratedRegex(@"^(?:cac\s+)?don\s+vi(?:\s+(?:truc\s+thuoc|trong\s+khoi|thuoc\s+khoi))?$", RegexOptions.CultureInvariant)]
    private static partial Regex AnyUnitRegex();

    [GeneratedRegex(@"^(?:nhu tren|luu(?:\s+(?:vp|van phong|ho so|tru|:).*)?|noi nhan.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex FilingRegex();
}

