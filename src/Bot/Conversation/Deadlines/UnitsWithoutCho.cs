using System.Text.RegularExpressions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// Units written after the date with no word opening a list ("… trước 20/12 NHNN, SYT", "… trước 20/12 Sở Y tế và
/// Cao đẳng Yên Bái nhé"): the office meant them, so the deadline must not silently go to every grassroots unit. The
/// units are found by code in capitals or by whole name only (see <see cref="EntityResolver.NamedOutright"/>), so "để
/// tổng hợp", "(theo CV 592)" name none.
/// </summary>
internal static partial class UnitsWithoutCho
{
    /// <returns>The units named, in the order written; empty when none is.</returns>
    public static IReadOnlyList<Unit> In(string ignored, IReadOnlyList<Unit> all)
    {
        var named = new List<Unit>();
        foreach (var (_, piece) in UnitList.Pieces(ignored))
        {
            var text = piece.Trim(' ', '.', '!', '?', '(', ')', '[', ']', ':', '"');
            if (EntityResolver.NamedOutright(all, text) is { } whole)
            {
                named.Add(whole);
                continue;
            }

            // "NHNN SYT nhé", "gửi NHNN": codes among other words.
            named.AddRange(Words().Matches(text).Select(w => EntityResolver.NamedOutright(all, w.Value)).OfType<Unit>());
        }

        return named.Distinct().ToList();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}
