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
            if (char.IsControl(c) || c is ':' or '*' or '?' or '"' or '<' or '>' or '|' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                continue;
            }

            builder.Append(c);
        }

        var safe = builder.ToString().Trim().TrimStart('.');
        if (safe.Length > 120)
        {
            var extension = Path.GetExtension(safe);
            safe = safe[..(120 - extension.Length)] + extension;
        }

        return safe.Length == 0 ? "tep" : safe;
    }
}
