using System.Text.RegularExpressions;
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
    public static IReadOnlyList<Unit> In(string ignored, IReadOnlyList<Unit> all) => Read(ignored, all).Units;

    /// <summary>
    /// The list to put after "cho" when the office says these units were meant: their codes ("NHNN, SYT") when every
    /// piece of it names a unit, else what was written without "gửi …" and polite words, so the names the bot cannot
    /// find are then said by name.
    /// </summary>
    public static string Scope(string ignored, IReadOnlyList<Unit> all) =>
        Read(ignored, all) is { Unread: false, Units: var units } ? string.Join(", ", units.Select(u => u.Code)) : Cleaned(ignored);

    private static (IReadOnlyList<Unit> Units, bool Unread) Read(string ignored, IReadOnlyList<Unit> all)
    {
        var named = new List<Unit>();
        var unread = false;
        foreach (var (_, piece) in UnitList.Pieces(Cleaned(ignored)))
        {
            var text = piece.Trim(' ', '.', '!', '?', '(', ')', '[', ']', ':', '"');
            if (EntityResolver.NamedOutright(all, text) is { } whole)
            {
                named.Add(whole);
                continue;
            }

            // "NHNN SYT nhé", "gửi NHNN": codes among other words.
            var coded = Words().Matches(text).Select(w => EntityResolver.NamedOutright(all, w.Value)).OfType<Unit>().ToList();
            named.AddRange(coded);
            unread |= coded.Count == 0;
        }

        return (named.Distinct().ToList(), unread);
    }

    // "gửi NHNN và SYT nhé" → "NHNN và SYT".
    private static string Cleaned(string ignored) =>
        ScopeParser.WithoutParticles(SendVerb().Replace(ignored.Trim(' ', ',', ';', ':', '.', '-'), string.Empty).Trim());

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();

    // "gửi", "gửi về", "gửi cho", "gửi đến", "gửi tới", "(các) đơn vị", "cả", with or without diacritics, opening the list.
    [GeneratedRegex(@"^(?:(?:gửi|gui)(?:\s+(?:về|ve|cho|đến|den|tới|toi))?|(?:các\s+|cac\s+)?(?:đơn vị|don vi)|cả|ca)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex SendVerb();
}
