using System.Globalization;

namespace QcdcBot.Bot.Exports;

/// <summary>
/// Names within one folder: a repeat becomes "name (2).ext", "name (3).ext" … Compared ignoring case because
/// Windows and macOS would otherwise overwrite one file with the other on extraction.
/// </summary>
internal sealed class UniqueNames
{
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public string Claim(string name)
    {
        if (_used.Add(name))
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        var stem = name[..^extension.Length];
        for (var n = 2; ; n++)
        {
            var candidate = string.Create(CultureInfo.InvariantCulture, $"{stem} ({n}){extension}");
            if (_used.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
