using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// The units a sentence names after "gồm", "gồm có", "sau đây:", "các đơn vị:": names separated by commas,
/// semicolons or "và", up to the first piece that starts in lower case (the verb that follows the list).
/// </summary>
internal static partial class NamedUnits
{
    /// <returns>The names as written, or an empty list when the sentence names no units.</returns>
    public static IReadOnlyList<string> In(string sentence)
    {
        var folded = FoldedText.Of(sentence);
        if (TriggerRegex().Match(folded.Value) is not { Success: true } trigger)
        {
            return [];
        }

        var names = new List<string>();
        var start = trigger.Index + trigger.Length;
        while (start < folded.Value.Length)
        {
            var separator = SeparatorRegex().Match(folded.Value, start);
            var end = separator.Success ? separator.Index : folded.Value.Length;
            // The last name runs into the verb after the list ("… và Trường Chính trị tỉnh gửi báo cáo …").
            var verb = VerbRegex().Match(folded.Value, start, end - start);
            if (verb.Success)
            {
                end = verb.Index;
            }

            if (end > start)
            {
                var name = sentence[folded.OriginalStart(start)..folded.OriginalEnd(end)].Trim().Trim('.', ':', '-', '–', '"', '“', '”').Trim();
                if (name.Length > 0 && !char.IsUpper(name[0]))
                {
                    break;
                }

                if (name.Length > 0)
                {
                    names.Add(name);
                }
            }

            if (verb.Success)
            {
                break;
            }

            start = separator.Success ? separator.Index + separator.Length : folded.Value.Length;
        }

        return names;
    }

    [GeneratedRegex(@"(?<!\p{L})(?:gom(?!\p{L})(?:\s+co(?!\p{L}))?\s*:?|sau\s+day\s*:|(?:cac\s+)?don\s+vi(?:\s+sau)?\s*:)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex TriggerRegex();

    [GeneratedRegex(@"\s+(?:gui|nop|tien hanh|xay dung|hoan thanh|thuc hien|co trach nhiem|chuan bi|lap|ra soat|bao cao|trien khai|to chuc|truoc|han chot|cham nhat)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex VerbRegex();

    [GeneratedRegex(@"\s*[,;]\s*|\s+va\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorRegex();
}
