using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// A unit written by the initials of its name, as letters do: "Sở KH&amp;ĐT", "Sở GDĐT", "Sở LĐ-TB&amp;XH", "BHXH tỉnh". The words
/// written out ("Sở") begin the store's name; the initials are those of the rest, "và" and the dash aside.
/// </summary>
internal static partial class UnitInitials
{
    /// <param name="begun">
    /// Also initials that only begin the rest's ("Sở GD" for "Sở Giáo dục và Đào tạo"): too loose to match a letter's
    /// name, right when the admin adds that very unit for it.
    /// </param>
    public static bool StandsFor(string name, Unit unit, bool begun = false)
    {
        if (Split(name) is not var (head, initials))
        {
            return false;
        }

        var words = Words(unit.Name);
        if (words.Count <= head.Count || !words.Take(head.Count).SequenceEqual(head, StringComparer.Ordinal))
        {
            return false;
        }

        var full = string.Concat(words.Skip(head.Count).Select(w => w[0]));
        // "tỉnh", "Yên Bái" at the end of the store's name are seldom in the initials ("Sở TN&MT" for "… tỉnh").
        var bare = string.Concat(words.Skip(head.Count).Reverse().SkipWhile(w => w is "tinh" or "bai" or "yen").Reverse().Select(w => w[0]));
        return full == initials || bare == initials || (begun && full.StartsWith(initials, StringComparison.Ordinal));
    }

    /// <summary>The written-out words before the initials, folded, and the initials in lower case; null when there are none.</summary>
    private static (List<string> Head, string Initials)? Split(string name)
    {
        var tokens = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        // "tỉnh" after the initials ("BHXH tỉnh") is the province, not a letter of them.
        while (tokens.Count > 1 && VietnameseText.Fold(tokens[^1]) is "tinh" or "yen" or "bai")
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        if (tokens.Count == 0 || !InitialsRegex().IsMatch(tokens[^1]))
        {
            return null;
        }

        var initials = VietnameseText.Fold(string.Concat(tokens[^1].Where(char.IsLetter)));
        var head = Words(string.Join(' ', tokens.SkipLast(1)));
        return initials.Length >= 2 ? (head, initials) : null;
    }

    /// <summary>The name's words folded, without "Đảng bộ"/"Chi bộ" before it, "và" or a dash.</summary>
    private static List<string> Words(string text)
    {
        var words = VietnameseText.Tokens(VietnameseText.Fold(text)).Where(w => w.Any(char.IsLetter) && w is not "va").ToList();
        return words is ["dang" or "chi", "bo", .. var rest] ? rest : words;
    }

    // Capitals only, with "&" or a dash between them: "KH&ĐT", "GDĐT", "LĐ-TB&XH".
    [GeneratedRegex(@"^\p{Lu}{1,4}(?:[&\-]?\p{Lu}{1,4}){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex InitialsRegex();
}
