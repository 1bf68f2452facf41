using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>A unit a letter names: as written, and the store's unit when its name was found as written.</summary>
internal sealed record NamedUnit(string Name, long? Id);

/// <summary>
/// The units a sentence names after "gồm", "gồm có", "sau đây:", "các đơn vị:": names separated by commas,
/// semicolons or "và", up to the verb that follows the list. The store's own names are tried first, longest first, so
/// a verb-like word or a "và" inside a name ("Sở Xây dựng", "Ngân hàng Nông nghiệp và Phát triển nông thôn …") never
/// cuts it; every other piece up to the verb is kept, to be matched or listed as not matched.
/// </summary>
internal static partial class NamedUnits
{
    /// <returns>The names in the letter's order, or an empty list when the sentence names no units.</returns>
    public static IReadOnlyList<NamedUnit> In(string sentence, UnitNameIndex index)
    {
        var folded = FoldedText.Of(sentence);
        var text = folded.Value;
        if (TriggerRegex().Match(text) is not { Success: true } trigger)
        {
            return [];
        }

        var names = new List<NamedUnit>();
        var start = trigger.Index + trigger.Length;
        while (start < text.Length)
        {
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            // A store name is taken whole when the list goes on, or ends, right after it.
            if (index.At(text, start) is { } known && IsProperName(folded, start, known.End) && (Separator(text, known.End) is not null || EndsList(folded, known.End)))
            {
                names.Add(new NamedUnit(Cut(folded, start, known.End), known.Id));
                if (Separator(text, known.End) is not { } after)
                {
                    break;
                }

                start = after;
                continue;
            }

            var separator = SeparatorRegex().Match(text, start);
            var end = separator.Success ? separator.Index : text.Length;
            // The last name runs into the verb after the list ("… và Trường Chính trị tỉnh gửi báo cáo …").
            var verb = Verb(folded, start, end);
            if (verb is { } verbAt)
            {
                end = verbAt;
            }

            if (end > start)
            {
                var name = Cut(folded, start, end);
                if (name.Length > 0 && !char.IsUpper(name[0]))
                {
                    break;
                }

                if (name.Length > 0)
                {
                    names.Add(new NamedUnit(name, null));
                }
            }

            if (verb is not null)
            {
                break;
            }

            start = separator.Success ? separator.Index + separator.Length : text.Length;
        }

        return names;
    }

    /// <summary>
    /// The store's units a sentence names without a list ("Đề nghị Ngân hàng Nhà nước và Sở Y tế gửi báo cáo …"): a
    /// sentence that names units is about them, never about every unit.
    /// </summary>
    public static IReadOnlyList<NamedUnit> Mentioned(string sentence, UnitNameIndex index)
    {
        var folded = FoldedText.Of(sentence);
        var groups = UnitGroups.In(folded.Value);
        return [.. index.FindAll(folded.Value, 0, folded.Value.Length)
            .Where(hit => IsProperName(folded, hit.Start, hit.End) && !groups.Any(g => hit.Start < g.End && hit.End > g.Start))
            .Select(hit => new NamedUnit(Cut(folded, hit.Start, hit.End), hit.Id))];
    }

    /// <summary>
    /// A unit's name is written as a name: with a capital ("Sở Xây dựng", not the "sở xây dựng" of "cơ sở xây dựng kế
    /// hoạch", nor "tài chính", "y tế" as common words), or in a line all in capitals; and never the "sở" of "cơ sở".
    /// </summary>
    private static bool IsProperName(FoldedText folded, int start, int end)
    {
        if (start >= 3 && folded.Value.AsSpan(start).StartsWith("so ") && CoBefore().IsMatch(folded.Value.AsSpan(0, start).ToString()))
        {
            return false;
        }

        var from = folded.OriginalStart(start);
        var written = folded.Original[from..folded.OriginalEnd(end)];
        return char.IsUpper(folded.Original[from]) || !written.Any(char.IsLower);
    }

    [GeneratedRegex(@"(?<!\p{L})co\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex CoBefore();

    private static string Cut(FoldedText folded, int start, int end) =>
        folded.Original[folded.OriginalStart(start)..folded.OriginalEnd(end)].Trim().Trim('.', ':', '-', '–', '"', '“', '”').Trim();

    /// <summary>Where the next name starts when a separator follows <paramref name="position"/>.</summary>
    private static int? Separator(string text, int position) =>
        SeparatorRegex().Match(text, position) is { Success: true } m && m.Index == position ? m.Index + m.Length : null;

    /// <summary>The list ends here: at the end of the sentence, its full stop, or the verb after the list.</summary>
    private static bool EndsList(FoldedText folded, int position)
    {
        var rest = folded.Value.AsSpan(position).TrimStart();
        return rest.IsEmpty || rest[0] is '.' or ':' or '(' || Verb(folded, position, Math.Min(folded.Value.Length, position + 20)) is { } at && folded.Value.AsSpan(position, at - position).IsWhiteSpace();
    }

    /// <summary>The first verb between the positions written in lower case: "Xây dựng" in a name is not the verb.</summary>
    private static int? Verb(FoldedText folded, int start, int end)
    {
        foreach (Match verb in VerbRegex().Matches(folded.Value[..end], start))
        {
            if (!char.IsUpper(folded.Original[folded.OriginalStart(verb.Groups["v"].Index)]))
            {
                return verb.Index;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<!\p{L})(?:gom(?!\p{L})(?:\s+co(?!\p{L}))?\s*:?|sau\s+day\s*:|(?:cac\s+)?don\s+vi(?:\s+sau)?\s*:)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex TriggerRegex();

    [GeneratedRegex(@"\s+(?<v>gui|nop|tien hanh|xay dung|hoan thanh|thuc hien|co trach nhiem|chuan bi|lap|ra soat|bao cao|trien khai|to chuc|truoc|han chot|cham nhat)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex VerbRegex();

    [GeneratedRegex(@"\s*[,;]\s*|\s+va\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorRegex();
}
