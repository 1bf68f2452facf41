using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Text;

/// <summary>
/// The office's and the secretaries' shorthand for the words of a deadline's name, typed without diacritics:
/// "bc 6th" is "báo cáo 6 tháng", "kh" is "kế hoạch", "cn" is "cuối năm", "q3" is "quý 3", and a quarter
/// written in Roman numerals ("quý III") is the same quarter as "quý 3".
/// </summary>
internal static partial class Shorthand
{
    // Each short word with what it may stand for, most usual reading first. Words that are also ordinary Vietnamese
    // words ("so", "ke") are not here: only letters that never make a word on their own.
    private static readonly Dictionary<string, string[][]> Words = new(StringComparer.Ordinal)
    {
        ["bc"] = [["bao", "cao"]],
        ["kq"] = [["ket", "qua"]],
        ["kh"] = [["ke", "hoach"]],
        ["tk"] = [["tong", "ket"]],
        ["sk"] = [["so", "ket"]],
        ["cn"] = [["cuoi", "nam"]],
        ["dn"] = [["dau", "nam"]],
        ["qcdc"] = [["quy", "che", "dan", "chu"]],
        ["dk"] = [["dang", "ky"]],
        ["ds"] = [["danh", "sach"]],
        ["bb"] = [["bien", "ban"]],
        ["nq"] = [["nghi", "quyet"]],
        ["kt"] = [["kiem", "tra"]],
        ["ktgs"] = [["kiem", "tra", "giam", "sat"]],
        ["gs"] = [["giam", "sat"]],
        ["dh"] = [["dai", "hoi"]],
        ["xd"] = [["xay", "dung"]],
        ["hd"] = [["huong", "dan"], ["hoat", "dong"], ["hoi", "dong"]],
        ["ct"] = [["chuong", "trinh"], ["cong", "tac"]],
        ["cb"] = [["chi", "bo"], ["can", "bo"]],
        ["db"] = [["dang", "bo"]],
        ["th"] = [["thang"]],
    };

    /// <summary>
    /// The readings of one folded word: itself, or what the shorthand stands for. "6th" → "6 thang", "t6" → "thang 6",
    /// "q3" → "quy 3", "bc" → "bao cao". A word that is not shorthand has one reading, itself.
    /// </summary>
    public static IReadOnlyList<string[]> Readings(string word)
    {
        if (Words.TryGetValue(word, out var known))
        {
            return known;
        }

        var match = Numbered().Match(word);
        if (match.Success)
        {
            var n = match.Groups["n"].Success ? match.Groups["n"].Value : match.Groups["m"].Value;
            var unit = match.Groups["q"].Success ? "quy" : "thang";
            return [[unit, n]];
        }

        return [[word]];
    }

    /// <summary>A folded text with every shorthand word spelled out (its usual reading) and quarters in digits.</summary>
    public static string Expand(string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var spelled = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            spelled.AddRange(Readings(words[i])[0]);
        }

        return string.Join(' ', RomanQuarters(spelled));
    }

    /// <summary>"quy iii" → "quy 3": the number after "quý" written either way.</summary>
    public static IReadOnlyList<string> RomanQuarters(IReadOnlyList<string> words)
    {
        var result = words.ToArray();
        for (var i = 1; i < result.Length; i++)
        {
            if (result[i - 1] == "quy")
            {
                result[i] = result[i] switch
                {
                    "i" => "1",
                    "ii" => "2",
                    "iii" => "3",
                    "iv" => "4",
                    var other => other,
                };
            }
        }

        return result;
    }

    // "6th", "6t", "6thang", "t6", "th6" (month); "q3", "quy3" (quarter).
    [GeneratedRegex(@"^(?:(?<n>[0-9]{1,2})(?:th|t|thang)|(?:t|th|thang)(?<m>[0-9]{1,2})|(?<q>q|quy)(?<m>[1-4]))$")]
    private static partial Regex Numbered();
}
