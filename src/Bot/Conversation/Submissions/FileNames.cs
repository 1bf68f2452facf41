using System.Globalization;
using System.Text;
using QcdcBot.Bot.Text;

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
        stem = TextCut.Prefix(stem, 110);

        safe = stem + extension;
        return safe.Length == 0 ? "tep" : safe;
    }
}
