namespace QcdcBot.Bot.Channels.Local;

internal static class LocalFileArgument
{
    /// <summary>"/gui "bao cao.docx" chú thích" or "/gui baocao.docx chú thích": a path (quoted if it has spaces) and the caption.</summary>
    public static (string Path, string Caption) Split(string arguments)
    {
        if (arguments.StartsWith('"'))
        {
            var end = arguments.IndexOf('"', 1);
            if (end > 0)
            {
                return (arguments[1..end], arguments[(end + 1)..].Trim());
            }
        }

        var space = arguments.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (arguments, string.Empty) : (arguments[..space], arguments[(space + 1)..].Trim());
    }

    /// <summary>
    /// As <see cref="Split(string)"/>, but an unquoted path with spaces ("/gui KH 2027.docx #7") is the longest start
    /// that is a file; when none is, the path is the first word, so a missing file is named without its caption.
    /// </summary>
    public static (string Path, string Caption) Split(string arguments, Func<string, bool> exists)
    {
        if (!arguments.StartsWith('"'))
        {
            for (var space = arguments.LastIndexOf(' '); space > 0; space = arguments.LastIndexOf(' ', space - 1))
            {
                if (exists(arguments[..space]))
                {
                    return (arguments[..space], arguments[(space + 1)..].Trim());
                }
            }
        }

        return Split(arguments);
    }
}
