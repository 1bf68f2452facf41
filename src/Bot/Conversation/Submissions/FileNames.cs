using System.Globalization;
using System.Text;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Conversation.Submissions;

internal static class FileNames
{
    /// <summary>
    /// The last segment of whatever path a client sent ("../../etc/passwd" → "passwd"), without control or
    /// reserved characters, NFC, at most 120 characters. Never empty. Markup is taken out first, so its "/" never
    /// cuts the readable name ("../../bc quy IV &lt;b&gt;x&lt;/b&gt;.pdf" → "bc quy IV x.pdf").
    /// </summary>
    /// <summary>"bc <b>x</b>" → "bc x": every "&lt;…&gt;" with no bracket inside taken out.</summary>
    private static string WithoutMarkup(string name)
    {
        var kept = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var close = name[i] == '<' ? name.IndexOf('>', i + 1) : -1;
            if (close > 0 && name.IndexOf('<', i + 1, close - i - 1) < 0)
            {
                i = close;
                continue;
            }

            kept.Append(name[i]);
        }

        return kept.ToString();
    }

    public static string Safe(string? name)
    {
        var last = WithoutMarkup(name ?? string.Empty).Replace('\\', '/').Split('/').LastOrDefault() ?? string.Empty;
        var builder = new StringBuilder(last.Length);
        foreach (var c in last.Normalize(NormalizationForm.FormC))
        {
            // Format characters include the right-to-left overrides that make "xcod.exe" display as "exe.docx".
            if (char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format || c is ':' or '*' or '?' or '"' or '<' or '>' or '|')
            {
                continue;
            }

            builder.Append(c);
        }

        var trimmed = builder.ToString().Trim();
        // A file named just ".docx" is a .docx with no name: keep it as such rather than turning it into "docx".
        if (trimmed.Length is > 1 and <= 11 && trimmed[0] == '.' && trimmed[1..].All(char.IsAsciiLetterOrDigit))
        {
            return trimmed;
        }

        var safe = trimmed.TrimStart('.');
        var extension = Path.GetExtension(safe);
        if (extension.Length > 10)
        {
            extension = string.Empty;
        }

        var stem = safe[..^extension.Length];
        // The middle goes, not the end: "… - phần 1 - bản chính thức" is what tells a long name from its siblings.
        stem = TextCut.Middle(stem, 110);

        safe = stem + extension;
        return safe.Length == 0 ? "tep" : safe;
    }
}
