using System.Globalization;
using System.Text;

namespace QcdcBot.Bot.Conversation.Submissions;

internal static class FileNames
{
    /// <summary>
    /// The last segment of whatever path a client sent ("../../etc/passwd" → "passwd"), without control or
    /// reserved characters, NFC, at most 120 characters. Never empty.
    /// </summary>
    public static string Safe(string? name)
    {
        var last = (name ?? string.Empty).Replace('\\', '/').Split('/').LastOrDefault() ?? string.Empty;
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

        var safe = builder.ToString().Trim().TrimStart('.');
        var extension = Path.GetExtension(safe);
        if (extension.Length > 10)
        {
            extension = string.Empty;
        }

        var stem = safe[..^extension.Length];
        if (stem.Length > 110)
        {
            var cut = char.IsHighSurrogate(stem[109]) ? 109 : 110;
            stem = stem[..cut];
        }

        safe = stem + extension;
        return safe.Length == 0 ? "tep" : safe;
    }
}
