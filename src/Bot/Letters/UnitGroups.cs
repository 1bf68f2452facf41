using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// The phrases that name a whole group of units ("các chi, đảng bộ cơ sở", "các đảng bộ, chi bộ trực thuộc", "các đoàn
/// thể khối", "các tổ chức đoàn thể", "các chi bộ"), on folded text, wherever they are written: Kính gửi, a sentence, a table cell. A sentence that names a group is about the group, and no unit's name is read from inside
/// the phrase: "các chi, đảng bộ cơ sở xây dựng kế hoạch" is every grassroots unit, not "Sở Xây dựng".
/// </summary>
internal static partial class UnitGroups
{
    public static IReadOnlyList<(int Start, int End)> In(string folded) =>
        [.. GroupRegex().Matches(folded).Concat(TaggedRegex().Matches(folded)).Select(m => (m.Index, m.Index + m.Length))];

    /// <summary>
    /// A group the store can only tell by its units' tags ("các đơn vị doanh nghiệp", "các ngân hàng"): the tag
    /// ("doanh-nghiep", "ngan-hang") and how the letter names the group, or null.
    /// </summary>
    public static (string Tag, string Named)? Tagged(string folded) =>
        TaggedRegex().Match(folded) is { Success: true } m
            ? m.Groups["bank"].Success ? ("ngan-hang", "ngân hàng") : ("doanh-nghiep", "doanh nghiệp")
            : null;

    /// <summary>"các đơn vị khối doanh nghiệp", "các đảng bộ doanh nghiệp": text that is one tag group and nothing else.</summary>
    public static (string Tag, string Named)? TaggedWhole(string folded) =>
        TaggedRegex().Match(folded) is { Success: true } m && folded.Trim(' ', ',', ';', ':', '.').Length == m.Length ? Tagged(folded) : null;

    /// <summary>Every tag group named ("các đảng bộ doanh nghiệp và các ngân hàng": both tags).</summary>
    public static IReadOnlyList<string> AllTags(string folded) =>
        [.. TaggedRegex().Matches(folded).Select(m => m.Groups["bank"].Success ? "ngan-hang" : "doanh-nghiep").Distinct()];

    /// <summary>The text with its tag groups taken out, to read the other groups beside them.</summary>
    public static string WithoutTagged(string folded) => TaggedRegex().Replace(folded, " ");

    /// <summary>
    /// "Các chi bộ trực thuộc", "các đảng bộ cơ sở": a group of one kind only, never "các chi, đảng bộ cơ sở" (both).
    /// </summary>
    public static UnitKind? OnlyKind(string folded) =>
        ChiBoOnly().IsMatch(folded) && !folded.Contains("dang bo", StringComparison.Ordinal) ? UnitKind.ChiBo
        : DangBoOnly().IsMatch(folded) && !folded.Contains("chi bo", StringComparison.Ordinal) && !ChiAndDangBo().IsMatch(folded) ? UnitKind.DangBo
        : null;

    // "các (đơn vị | đảng bộ | chi, đảng bộ) doanh nghiệp", "khối doanh nghiệp", "các ngân hàng (thương mại)"; not the
    // office's own name ("Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh").
    [GeneratedRegex(@"(?<!\p{L})(?:cac\s+(?:don\s+vi\s+|(?:chi(?:\s+bo)?\s*(?:,|va)?\s*)?dang\s+bo\s+|chi\s+bo\s+|to\s+chuc\s+(?:co\s+so\s+)?dang\s+(?:trong\s+|thuoc\s+|tai\s+)?(?:cac\s+)?)?(?:thuoc\s+|trong\s+)?(?:khoi\s+)?doanh\s+nghiep|(?<!va\s)khoi\s+doanh\s+nghiep|don\s+vi\s+doanh\s+nghiep|(?<bank>cac\s+(?:don\s+vi\s+)?ngan\s+hang(?:\s+thuong\s+mai)?))(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex TaggedRegex();

    [GeneratedRegex(@"(?<!\p{L})(?:tat\s+ca\s+(?:cac\s+)?|cac\s+)chi\s+bo(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex ChiBoOnly();

    [GeneratedRegex(@"(?<!\p{L})(?:tat\s+ca\s+(?:cac\s+)?|cac\s+)dang\s+bo(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex DangBoOnly();

    [GeneratedRegex(@"(?<!\p{L})chi\s*(?:,|va)\s*dang\s+bo(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex ChiAndDangBo();

    [GeneratedRegex(@"(?<!\p{L})(?:tat\s+ca\s+(?:cac\s+)?|cac\s+)(?:" + GroupWording.Grassroots + @"|(?:chi|dang)\s+bo(?:\s+(?:co\s+so|truc\s+thuoc))?|to\s+chuc\s+co\s+so\s+dang|(?:to\s+chuc\s+)?doan\s+the(?:\s+chinh\s+tri\s*-\s*xa\s+hoi)?(?:\s+khoi)?)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex GroupRegex();
}
