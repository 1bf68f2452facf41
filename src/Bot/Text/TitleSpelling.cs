using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Text;

/// <summary>
/// A deadline's title as it is stored and shown: the office's chat shorthand spelled out ("bc 6th" → "Báo cáo 6 tháng",
/// "kh 2027" → "Kế hoạch 2027", "tk năm" → "Tổng kết năm"), every other word kept as typed. Only the shorthand
/// that has one reading is spelled out ("ĐH", "TH", "ĐK" have several); "QCDC" is how the letters write it and stays.
/// </summary>
internal static partial class TitleSpelling
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bc"] = "báo cáo",
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
            var spelled = Spelled(m.Value);
            var atStart = first;
            first = false;
            if (spelled is null)
            {
                return m.Value;
            }

            return atStart ? char.ToUpperInvariant(spelled[0]) + spelled[1..] : spelled;
        });
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
