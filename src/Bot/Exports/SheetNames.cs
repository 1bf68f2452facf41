using System.Globalization;

namespace QcdcBot.Bot.Exports;

/// <summary>
/// Excel refuses a workbook whose sheet names are longer than 31 characters, contain []:*?/\, start or end
/// with an apostrophe, or repeat (ignoring case); these rules make any deadline title acceptable.
/// </summary>
internal sealed class SheetNames
{
    public const int MaxLength = 31;

    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase) { "History" };

    /// <summary>A valid name not used before in this workbook, as close to <paramref name="wanted"/> as the rules allow.</summary>
    public string Claim(string wanted)
    {
        var clean = Clean(wanted);
        var name = clean;
        for (var n = 2; !_used.Add(name); n++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $" ({n})");
            name = Truncate(clean, MaxLength - suffix.Length).TrimEnd() + suffix;
        }

        return name;
    }

    private static string Clean(string wanted)
    {
        var chars = wanted
            .Where(c => !char.IsControl(c))
            .Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? '-' : c)
            .ToArray();
        var text = string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('\'', ' ');
        text = Truncate(text, MaxLength).TrimEnd().TrimEnd('\'');
        return text.Length == 0 ? "Trang" : text;
    }

    /// <summary>Cuts at a text-element boundary so a Vietnamese letter is never split from its combining mark.</summary>
    private static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var length = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            if (length + element.Length > max)
            {
                break;
            }

            length += element.Length;
        }

        return text[..length];
    }
}
