using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// The phrases that name a whole group of units ("các chi, đảng bộ cơ sở", "các đảng bộ, chi bộ trực thuộc", "các đoàn
/// thể khối"), on folded text. A sentence that names a group is about the group, and no unit's name is read from inside
/// the phrase: "các chi, đảng bộ cơ sở xây dựng kế hoạch" is every grassroots unit, not "Sở Xây dựng".
/// </summary>
internal static partial class UnitGroups
{
    public static IReadOnlyList<(int Start, int End)> In(string folded) =>
        [.. GroupRegex().Matches(folded).Select(m => (m.Index, m.Index + m.Length))];

    [GeneratedRegex(@"(?<!\p{L})cac\s+(?:chi(?:\s+bo)?\s*(?:,|va)?\s*dang\s+bo(?:\s+co\s+so|\s+truc\s+thuoc)?|dang\s+bo\s*(?:,|va)?\s*chi\s+bo(?:\s+co\s+so|\s+truc\s+thuoc)?|(?:chi|dang)\s+bo\s+(?:co\s+so|truc\s+thuoc)|to\s+chuc\s+co\s+so\s+dang|doan\s+the(?:\s+khoi)?)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex GroupRegex();
}
