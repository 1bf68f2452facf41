using System.Globalization;
using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Letters;

/// <summary>The count a group less some units is shown with ("74 − 2 = 72 đơn vị (chi, đảng bộ cơ sở, trừ …)"), taken further.</summary>
internal static partial class ScopeCounting
{
    /// <summary>
    /// "74 − 1 = 73 đơn vị (chi, đảng bộ cơ sở, trừ A)" less B as well: "74 − 2 = 72 đơn vị (chi, đảng bộ cơ sở, trừ A, B)",
    /// counted from the group, not from what was left of it. Null when <paramref name="before"/> is not such a count.
    /// </summary>
    public static string? Further(string before, int kept, IEnumerable<string> alsoOut)
    {
        if (Counted().Match(before) is not { Success: true } counted)
        {
            return null;
        }

        var from = int.Parse(counted.Groups[counted.Groups["from"].Success ? "from" : "n"].Value, CultureInfo.InvariantCulture);
        return $"{from} − {from - kept} = {kept} đơn vị ({counted.Groups["named"].Value}, trừ {counted.Groups["said"].Value}, {string.Join(", ", alsoOut)})";
    }

    [GeneratedRegex(@"^(?:(?<from>[0-9]+) − [0-9]+ = )?(?<n>[0-9]+) đơn vị \((?<named>.*?), trừ (?<said>.*)\)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Counted();
}
