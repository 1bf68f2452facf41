using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// How letters name a unit other than by its stored name: the banks' trade names ("Vietinbank", "Agribank"), read as the
/// words of their names; and, for a name still not matched, the unit whose name shares most of its words.
/// </summary>
internal static partial class UnitBrands
{
    private static readonly Dictionary<string, string> Brands = new(StringComparer.OrdinalIgnoreCase)
    {
        ["vietinbank"] = "Ngân hàng TMCP Công thương",
        ["agribank"] = "Ngân hàng Nông nghiệp và Phát triển nông thôn",
        ["vietcombank"] = "Ngân hàng TMCP Ngoại thương",
        ["bidv"] = "Ngân hàng TMCP Đầu tư và Phát triển",
    };

    private static readonly HashSet<string> KindWords = new(StringComparer.Ordinal) { "dang", "bo", "chi", "so", "ngan", "hang", "tinh", "va", "yen", "bai", "nhanh", "tmcp", "truong", "cuc", "cong", "ty", "co", "phan" };

    /// <summary>The name to look up: a trade name's own name, else the name as written.</summary>
    /// The province at the end ("Agribank Yên Bái", "Ngân hàng Ngoại thương Yên Bái") is dropped: the store writes
    /// "chi nhánh Yên Bái", "tỉnh", or nothing there.
    public static string Expand(string name)
    {
        var folded = VietnameseText.Fold(name).Trim();
        var province = ProvinceTail().Match(folded);
        var own = province.Success && province.Index > 0 ? name.Trim()[..province.Index].Trim() : name;
        // "Đảng bộ Agribank Yên Bái": the trade name after the unit's kind.
        return Brands.TryGetValue(EntityResolver.WithoutKind(VietnameseText.Fold(own).Trim()), out var full) ? full : own;
    }

    /// <summary>
    /// The unit sharing most of the name's own words (not "Sở", "Đảng bộ", "và" …), when it shares more than half of
    /// them and the first: "Sở Khoa học vui" is offered SKHCN; "Công ty Cổ phần Chè Liên Sơn" not the "Sứ … Hoàng Liên Sơn".
    /// </summary>
    public static string? Nearest(string name, IReadOnlyList<Unit> units)
    {
        var words = Own(name);
        var first = VietnameseText.Tokens(VietnameseText.Fold(name)).FirstOrDefault(words.Contains);
        if (first is null)
        {
            return null;
        }

        var best = units.Select(u => (Unit: u, Shared: Own(u.Name).Intersect(words).Count())).Where(b => b.Shared * 2 >= words.Count && Own(b.Unit.Name).Contains(first))
            .OrderByDescending(b => b.Shared).ThenBy(b => b.Unit.Name.Length).FirstOrDefault();
        return best.Unit is { } unit ? $"{unit.Code} ({unit.Name})" : null;
    }

    /// <summary>A trade name opens the folded <paramref name="text"/> at <paramref name="at"/>: "…, Vietinbank Yên Bái" starts a unit's name.</summary>
    public static bool OpensAt(string text, int at) =>
        Brands.Keys.Any(b => string.CompareOrdinal(text, at, b, 0, b.Length) == 0 && (at + b.Length == text.Length || !char.IsLetter(text[at + b.Length])));

    /// <summary>A name written for <paramref name="unit"/>: each of its own words is in the unit's name ("Bệnh viện Sản Nhi tỉnh").</summary>
    public static bool StandsFor(string name, Unit unit) => Own(name) is { Count: > 0 } words && words.IsSubsetOf(Own(unit.Name));

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+(?:chi\s+nhanh\s+)?(?:tinh\s+)?yen\s+bai$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ProvinceTail();

    private static HashSet<string> Own(string text) =>
        [.. VietnameseText.Tokens(VietnameseText.Fold(text)).Where(w => !KindWords.Contains(w))];
}
