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
    /// thành", "yêu cầu Chi bộ Thanh tra tỉnh và Chi bộ Cục Thống kê báo cáo"): "Đảng bộ"/"Chi bộ" starting a unit's
    /// name is that unit, the longest run of words after it that names one.
    /// </summary>
    public static IReadOnlyList<Unit> Mentioned(string text, IReadOnlyList<Unit> all)
    {
        var words = Words().Matches(text).Select(w => w.Value).ToList();
        var found = new List<Unit>();
        for (var i = 0; i < words.Count; i++)
        {
            // "Đảng bộ", "Chi bộ", and the office's "ĐB", "CB" for them.
            var kind = Kind(words, i);
            if (kind is not var (spelled, length))
            {
                continue;
            }

            for (var end = Math.Min(words.Count, i + 14); end > i + length; end--)
            {
                // The kind and two words in a row of one unit's name ("Chi bộ Cục Thống kê"), or its whole name.
                var run = spelled + " " + string.Join(' ', words.Skip(i + length).Take(end - i - length));
                if (EntityResolver.NamedOutright(all, run) is { } unit && (end - i - length >= 2 || Whole(run, unit)))
                {
                    found.Add(unit);
                    i = end - 1;
                    break;
                }
            }
        }

        return found.Distinct().ToList();
    }

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
            // Đảng bộ Sở Y tế hoàn thành": a unit's whole name inside other words.
            var coded = Words().Matches(text).Select(w => EntityResolver.NamedOutright(all, w.Value)).OfType<Unit>().Concat(Mentioned(text, all)).ToList();
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
