using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Text;

/// <summary>
/// A deadline's title as it is stored and shown: the office's chat shorthand spelled out ("bc 6th" → "Báo cáo 6 tháng",
/// "kh 2027" → "Kế hoạch 2027", "tk năm" → "Tổng kết năm"), every other word kept as typed. Only the shorthand
/// that has one reading is spelled out ("ĐH", "TH", "ĐK" have several); "QCDC" is how the letters write it and stays.
/// A word inside a document number ("171-KH/BDVTU", "KH/BCĐ", "12/KH-UBND", "04-NQ/TW") is part of a code, not
/// shorthand: it is kept exactly, so the title still names the letter.
/// </summary>
internal static partial class TitleSpelling
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bc"] = "báo cáo",
        ["kq"] = "kết quả",
        ["kh"] = "kế hoạch",
        ["tk"] = "tổng kết",
        ["sk"] = "sơ kết",
        ["ds"] = "danh sách",
        ["bb"] = "biên bản",
        ["nq"] = "nghị quyết",
        ["ktgs"] = "kiểm tra, giám sát",
    };

    public static string Spell(string title)
    {
        var first = true;
        return Word().Replace(title, m =>
        {
            var spelled = InDocumentNumber(title, m.Index, m.Length) ? null : Spelled(m.Value);
            var atStart = first;
            first = false;
            if (spelled is null)
            {
                return m.Value;
            }

            return atStart ? char.ToUpperInvariant(spelled[0]) + spelled[1..] : spelled;
        });
    }

    /// <summary>Joined to another word by "-" or "/" with no space: a piece of a document number.</summary>
    private static bool InDocumentNumber(string title, int start, int length)
    {
        static bool Joint(char c) => c is '-' or '/' or '‑' or '–';
        var before = start >= 2 && Joint(title[start - 1]) && char.IsLetterOrDigit(title[start - 2]);
        var end = start + length;
        var after = end + 1 < title.Length && Joint(title[end]) && char.IsLetterOrDigit(title[end + 1]);
        return before || after;
    }

    private static string? Spelled(string word)
    {
        if (Words.TryGetValue(word, out var spelled))
        {
            return spelled;
        }

        // "6th", "6t", "6thang": a number of months.
        var months = Months().Match(word);
        return months.Success ? $"{months.Groups["n"].Value} tháng" : null;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?<n>[0-9]{1,2})(?:th|t|thang)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Months();
}
