using System.Text.RegularExpressions;
using QcdcBot.Bot.Conversation.Scope;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// A group of units named inside a /giao's title with no units written ("Báo cáo của các chi bộ về QCDC", "Các đảng bộ
/// doanh nghiệp báo cáo QCDC", "Các đơn vị khối doanh nghiệp báo cáo …", "một số đơn vị …"): the office may have meant
/// only them, as a letter's sentence means. "các đơn vị" alone, and the grassroots units themselves ("các chi, đảng bộ cơ
/// sở"), are every unit the job goes to anyway.
/// </summary>
internal static partial class GroupInTitle
{
    /// <param name="Group">The group the bot reads the words as; null when it cannot tell which units they are.</param>
    public sealed record Found(UnitGroup? Group, int Start, int End, string Written);

    public static Found? In(string title)
    {
        var folded = FoldedText.Of(title);
        foreach (Match m in Phrase().Matches(folded.Value))
        {
            // "các đơn vị", "các cơ quan" with nothing after: the office's everyone.
            if (m.Groups["open"].Value == "cac" && m.Groups["more"].Length == 0 && m.Groups["head"].Value is "don vi" or "co quan" or "to chuc")
            {
                continue;
            }

            var group = UnitGroupPhrases.Whole(m.Value.Replace("(", " ", StringComparison.Ordinal).Replace(")", " ", StringComparison.Ordinal));
            if (group is { Scope: DeadlineScope.Grassroots })
            {
                continue;
            }

            var start = folded.OriginalStart(m.Index);
            var end = folded.OriginalEnd(m.Index + m.Length);
            return new Found(group, start, end, title[start..end]);
        }

        return null;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<open>cac|nhung|mot\s+so|tat\s+ca(?:\s+cac)?|toan\s+bo(?:\s+cac)?)\s+(?<head>chi\s*,\s*dang\s+bo|chi\s+va\s+dang\s+bo|chi\s+bo|dang\s+bo|don\s+vi|doan\s+the|to\s+chuc|co\s+quan|doanh\s+nghiep)"
        + @"(?<more>(?:\s*\(?\s*(?:khoi|co\s+so|truc\s+thuoc|doanh\s+nghiep|hanh\s+chinh|su\s+nghiep|nha\s+nuoc|ngoai\s+nha\s+nuoc)\s*\)?)*)(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Phrase();
}
