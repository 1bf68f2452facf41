using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// Bullets pasted on one line ("Ban Tuyên giáo đề nghị: - Các đơn vị gửi …; - Gửi danh sách …; - Các chi bộ gửi …"):
/// each bullet is read with the words before the first one, never with the other bullets, so one bullet's units do
/// not go to all of them.
/// </summary>
internal static partial class InlineBullets
{
    /// <param name="dates">Where the letter's due phrases start: bullets that list units ("gồm: - Sở Y tế; - Sở Nội vụ") hold
    /// at most one, and stay one list.</param>
    /// <returns>The lead-in and the bullet holding <paramref name="position"/>; null unless two bullets of the span have a date.</returns>
    public static string? Own(string text, int start, int end, int position, IEnumerable<int> dates)
    {
        var markers = Marker().Matches(text[start..end]).Select(m => start + m.Index).ToList();
        if (markers.Count < 2 || position < markers[0])
        {
            return null;
        }

        var ends = markers.Skip(1).Append(end).ToList();
        if (markers.Where((m, i) => dates.Any(d => m <= d && d < ends[i])).Count() < 2)
        {
            return null;
        }

        var at = markers.FindLastIndex(m => m <= position);
        var own = text[markers[at]..ends[at]];
        // "- Gửi danh sách …" says what the units before the list do; "- Các chi bộ gửi …" names its own.
        return NamedUnits.StartsWithAVerb(own) ? $"{text[start..markers[0]]} {own}" : own;
    }

    // A dash, plus, "a)" or "2." after a colon, semicolon or full stop (or opening a line), before a capital: not the
    // dash inside a name ("Bệnh viện Sản - Nhi").
    [GeneratedRegex(@"(?:(?<=[:;.])|^)[^\S\n]*(?:[-–+•]|\p{Ll}\)|[0-9]{1,2}[.)])(?=[^\S\n]+\p{Lu})", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Marker();
}
