using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// A unit written by the initials of its name, as letters do: "Sở KH&amp;ĐT", "Sở GDĐT", "Sở LĐ-TB&amp;XH", "BHXH tỉnh",
/// "Sở VH, TT&amp;DL", "Ngân hàng NN&amp;PTNT chi nhánh Yên Bái". Each word written out is the store's word there; each
/// group of capitals stands for as many of the store's next words ("và", dashes and commas aside), wherever it stands.
/// </summary>
internal static partial class UnitInitials
{
    // Words at the end of a store name that letters often leave out: "Sở TN&MT" for "… tỉnh", "NN&PTNT" for "… chi nhánh Yên Bái".
    private static readonly HashSet<string> Tail = new(StringComparer.Ordinal) { "tinh", "yen", "bai", "chi", "nhanh" };

    /// <param name="begun">
    /// Also initials that only begin the rest's ("Sở GD" for "Sở Giáo dục và Đào tạo"): too loose to match a letter's
    /// name, right when the admin adds that very unit for it.
    /// </param>
    public static bool StandsFor(string name, Unit unit, bool begun = false)
    {
        var tokens = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim(',', '.', ';', ':', '(', ')')).Where(t => t.Any(char.IsLetter)).ToList();
        // "Đảng bộ Sở KH&ĐT": the store's name is matched without its "Đảng bộ"/"Chi bộ" too.
        if (tokens.Count > 2 && VietnameseText.Fold(tokens[0]) is "dang" or "chi" && VietnameseText.Fold(tokens[1]) == "bo")
        {
            tokens.RemoveRange(0, 2);
        }

        // "tỉnh", "Yên Bái" after the initials ("BHXH tỉnh") are the province, not a letter of them.
        while (tokens.Count > 1 && VietnameseText.Fold(tokens[^1]) is "tinh" or "yen" or "bai")
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        if (!tokens.Any(t => IsInitials(t) && Letters(t).Length >= 2))
        {
            return false;
        }

        return Matches(tokens, 0, Words(unit.Name), 0, begun, false);
    }

    /// <summary>A word of capitals with "&amp;" or a dash between them: "VH", "TT&amp;DL", "LĐ-TB&amp;XH".</summary>
    public static bool IsInitials(string token) => InitialsRegex().IsMatch(token.Trim(',', '.', ';', ':'));

    private static bool Matches(List<string> tokens, int t, List<string> words, int w, bool begun, bool abbreviated)
    {
        if (t == tokens.Count)
        {
            return abbreviated && words.Skip(w).All(Tail.Contains);
        }

        var token = tokens[t];
        // A word in capitals may be written out ("SỞ Y TẾ" in a heading) or initials: both are tried.
        if (w < words.Count && words[w] == VietnameseText.Fold(token) && Matches(tokens, t + 1, words, w + 1, begun, abbreviated))
        {
            return true;
        }

        if (!IsInitials(token))
        {
            return false;
        }

        var initials = Letters(token);
        var rest = string.Concat(words.Skip(w).Select(x => x[0]));
        if (begun && t == tokens.Count - 1 && rest.StartsWith(initials, StringComparison.Ordinal))
        {
            return true;
        }

        return rest.StartsWith(initials, StringComparison.Ordinal) && Matches(tokens, t + 1, words, w + initials.Length, begun, true);
    }

    private static string Letters(string token) => VietnameseText.Fold(string.Concat(token.Where(char.IsLetter)));

    /// <summary>The name's words folded, without "Đảng bộ"/"Chi bộ" before it, "và", a dash or a comma.</summary>
    private static List<string> Words(string text)
    {
        var words = VietnameseText.Tokens(VietnameseText.Fold(text)).Select(w => w.Trim(',', '.', ';', ':')).Where(w => w.Any(char.IsLetter) && w is not "va").ToList();
        return words is ["dang" or "chi", "bo", .. var rest] ? rest : words;
    }

    // Capitals only, with "&" or a dash between them: "KH&ĐT", "GDĐT", "LĐ-TB&XH".
    [GeneratedRegex(@"^\p{Lu}{1,4}(?:[&\-]?\p{Lu}{1,4}){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex InitialsRegex();
}
