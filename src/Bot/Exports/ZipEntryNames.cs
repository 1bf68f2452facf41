using System.Text;

namespace QcdcBot.Bot.Exports;

/// <summary>
/// One segment of a path inside the archive, safe to extract on Windows, macOS and Linux: no separators (so no
/// "../" escapes), none of the characters Windows refuses, no leading or trailing dots and spaces, no device names.
/// </summary>
internal static class ZipEntryNames
{
    private const int MaxLength = 120;

    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    public static string Segment(string? text, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var c in (text ?? string.Empty).Normalize(NormalizationForm.FormC))
        {
            if (char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                continue;
            }

            builder.Append(c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        }

        var name = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        if (name.Length > MaxLength)
        {
            var extension = Path.GetExtension(name);
            extension = extension.Length is > 0 and <= 10 ? extension : string.Empty;
            name = name[..(MaxLength - extension.Length)].TrimEnd('.', ' ') + extension;
        }

        if (name.Length == 0)
        {
            return fallback;
        }

        var stem = name.Split('.')[0].TrimEnd(' ');
        return DeviceNames.Contains(stem) ? "_" + name : name;
    }
}
