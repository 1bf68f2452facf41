using System.Text.RegularExpressions;
using QcdcBot.Storage.Text;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// Units written after the date with no word opening a list ("… trước 20/12 NHNN, SYT", "… trước 20/12 Sở Y tế và
/// Cao đẳng Yên Bái nhé", "… trước 18/12 gửi NHNN và SYT"): the office meant them, so the deadline must not silently go
/// to every grassroots unit. The units are found by code in capitals or by whole name only (see
/// <see cref="EntityResolver.NamedOutright"/>), so "để tổng hợp", "(theo CV 592)" name none; "gửi", "gửi về", "gửi cho"
/// before them and "và" between them are the list's own words.
/// </summary>
internal static partial class UnitsWithoutCho
{
    /// <returns>The units named, in the order written; empty when none is.</returns>
    public static IReadOnlyList<Unit> In(string ignored, IReadOnlyList<Unit> all) => Read(ignored, all, loose: false).Units;

    /// <summary>
    /// The list to put after "cho" when the office says these units were meant: their codes ("NHNN, SYT") when every
    /// piece of it names a unit, else what was written without "gửi …" and polite words, so the names the bot cannot
    /// find are then said by name. Once the bot asks, a name only part of a unit's ("Cục Thống kê") is that unit here.
    /// </summary>
    public static string Scope(string ignored, IReadOnlyList<Unit> all) =>
        Read(ignored, all, loose: true) is { Unread: false, Units: var units } ? string.Join(", ", units.Select(u => u.Code)) : Cleaned(ignored);

    /// <summary>
    /// A piece of a list that is one unit: its code or name, with or without "Đảng bộ"/"Chi bộ" ("Bệnh viện Đa khoa
    /// tỉnh"), or its kind before its code ("Đảng bộ NHNN", "chi bo TTRA"): the way the office names a unit, never a
    /// group. "Ban Tuyên giáo" short of a unit's whole name is where the paper goes (the office itself, beside "Đảng bộ
    /// Ban Tuyên giáo Tỉnh ủy"), so it is none.
    /// </summary>
    public static Unit? One(string piece, IReadOnlyList<Unit> all) =>
        (EntityResolver.NamedOutright(all, piece) is { } unit && (Whole(piece, unit) || !TheOffice().IsMatch(Bare(piece))) ? unit : null)
        ?? (KindThenCode().Match(VietnameseFold.Fold(piece).ToLowerInvariant()) is { Success: true } m
            ? all.FirstOrDefault(u => string.Equals(u.Code, m.Groups["code"].Value, StringComparison.OrdinalIgnoreCase))
            : null);

    /// <summary>
    /// The units a text names by their kind and name anywhere in it ("Đảng ủy Khối đề nghị Đảng bộ Sở Y tế hoàn
    /// thành", "yêu cầu Chi bộ Thanh tra tỉnh và Chi bộ Cục Thống kê báo cáo", "đề nghị đảng bộ NHNN gửi …"): "Đảng bộ"/"Chi
    /// bộ" starting a unit's name is that unit, the longest run of words after it that names one, or before its code.
    /// </summary>
    public static IReadOnlyList<Unit> Mentioned(string text, IReadOnlyList<Unit> all) =>
        Held(text, all, partial: false, kindedOnly: true).Select(h => h.Unit).Distinct().ToList();

    /// <summary>
    /// The units a text holds and where: a code in capitals ("NHNN"), a unit's whole name ("Sở Y tế"), its kind before
    /// its name or code ("Chi bộ Cục Thống kê", "ĐB NHNN"), and, when <paramref name="partial"/>, three words in a row of
    /// one unit's name whatever stands before them ("BV Đa khoa tỉnh", "Đ/B Sở Công Thương", "C.bộ Thanh tra tỉnh").
    /// "Ban Tuyên giáo (Đảng ủy Khối)", where the paper goes, is none.
    /// </summary>
    /// <param name="kindedOnly">Only units named with "Đảng bộ"/"Chi bộ" ("ĐB", "CB") before them.</param>
    public static IReadOnlyList<(Unit Unit, int Start, int End)> Held(string text, IReadOnlyList<Unit> all, bool partial, bool kindedOnly = false)
    {
        var matches = Words().Matches(text);
        var words = matches.Select(w => w.Value).ToList();
        var found = new List<(Unit, int, int)>();
        for (var i = 0; i < words.Count; i++)
        {
            var (spelled, length) = Kind(words, i) ?? (string.Empty, 0);
            if (kindedOnly && length == 0)
            {
                continue;
            }

            for (var end = Math.Min(words.Count, i + 14); end > i + length; end--)
            {
                var count = end - i - length;
                var run = (spelled + " " + string.Join(' ', words.Skip(i + length).Take(count))).Trim();
                if (HeldRun(run, count, length > 0, partial, all) is { } unit)
                {
                    found.Add((unit, matches[i].Index, matches[end - 1].Index + matches[end - 1].Length));
                    i = end - 1;
                    break;
                }
            }
        }

        return found;
    }

    private static Unit? HeldRun(string run, int count, bool kinded, bool partial, IReadOnlyList<Unit> all) =>
        EntityResolver.NamedOutright(all, run) is { } unit && (Whole(run, unit) || (count >= 2 && (kinded || (partial && !TheOffice().IsMatch(Bare(run))))))
            ? unit
            : kinded && count == 1 ? One(run, all) : null;

    private static (string Spelled, int Length)? Kind(List<string> words, int i)
    {
        var first = VietnameseFold.Fold(words[i]).ToLowerInvariant();
        if (first is "db" or "cb")
        {
            return (first == "db" ? "Đảng bộ" : "Chi bộ", 1);
        }

        return i + 1 < words.Count && first is "dang" or "chi" && string.Equals(VietnameseFold.Fold(words[i + 1]), "bo", StringComparison.OrdinalIgnoreCase)
            ? (first == "dang" ? "Đảng bộ" : "Chi bộ", 2)
            : null;
    }

    private static bool Whole(string text, Unit unit) => string.Equals(text.Trim(), unit.Code, StringComparison.OrdinalIgnoreCase) || Bare(text) == Bare(unit.Name);

    // "Đảng bộ Sở Y tế" → "so y te".
    private static string Bare(string name) =>
        EntityResolver.WithoutKind(string.Join(' ', Words().Matches(VietnameseFold.Fold(name).ToLowerInvariant()).Select(w => w.Value)));

    private static (IReadOnlyList<Unit> Units, bool Unread) Read(string ignored, IReadOnlyList<Unit> all, bool loose)
    {
        var named = new List<Unit>();
        var unread = false;
        foreach (var (_, piece) in UnitList.Pieces(Cleaned(ignored)))
        {
            var text = piece.Trim(' ', '.', '!', '?', '(', ')', '[', ']', ':', '"');
            if (((loose ? EntityResolver.NamedOutright(all, text) : null) ?? One(text, all)) is { } whole)
            {
                named.Add(whole);
                continue;
            }

            // "NHNN SYT nhé", "gửi NHNN": codes among other words; "các chi bộ Thanh tra tỉnh", "Đảng ủy Khối đề nghị
            // Đảng bộ Sở Y tế hoàn thành", "Đ/B Sở Công Thương", "BV Đa khoa tỉnh": a unit's name inside other words.
            var coded = Held(text, all, partial: true).Select(h => h.Unit).ToList();
            named.AddRange(coded);
            unread |= coded.Count == 0;
        }

        return (named.Distinct().ToList(), unread);
    }

    // "gửi NHNN và SYT nhé" → "NHNN và SYT".
    private static string Cleaned(string ignored) =>
        ScopeParser.WithoutParticles(SendVerb().Replace(ignored.Trim(' ', ',', ';', ':', '.', '-'), string.Empty).Trim());

    [GeneratedRegex(ScopeParser.KindThenCodePattern)]
    private static partial Regex KindThenCode();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();

    // "gửi", "gửi về", "gửi cho", "gửi đến", "gửi tới", "(các) đơn vị", "cả", with or without diacritics, opening the list.
    [GeneratedRegex(@"^(?:(?:gửi|gui)(?:\s+(?:về|ve|cho|đến|den|tới|toi))?|(?:các\s+|cac\s+)?(?:đơn vị|don vi)|cả|ca)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex SendVerb();

    // "ban tuyen giao", "ban tuyen giao dang uy khoi", "ve ban tuyen giao khoi": the office the paper is sent to.
    [GeneratedRegex(@"^(?:ve |cho |den |toi )?ban tuyen giao(?: (?:dang uy )?khoi| duk)?$")]
    private static partial Regex TheOffice();
}
