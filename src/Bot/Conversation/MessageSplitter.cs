using System.Text;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Conversation;

/// <summary>
/// Splits a long message to fit a channel's limit: between sections (blank lines) first, then between lines, and
/// only a single line longer than the limit is cut, at a space where it can be. Nothing but the line breaks at
/// the cut points is dropped.
/// </summary>
internal static class MessageSplitter
{
    public static IReadOnlyList<string> Split(string text, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 16);
        if (text.Length <= limit)
        {
            return [text];
        }

        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var section in text.Split("\n\n"))
        {
            AppendPiece(section, "\n\n", current, parts, limit, splitFurther: s => SplitSection(s, limit));
        }

        Flush(current, parts);
        return parts;
    }

    private static IEnumerable<string> SplitSection(string section, int limit)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var line in section.Split('\n'))
        {
            AppendPiece(line, "\n", current, parts, limit, splitFurther: l => SplitLine(l, limit));
        }

        Flush(current, parts);
        return parts;
    }

    private static void AppendPiece(string piece, string separator, StringBuilder current, List<string> parts, int limit, Func<string, IEnumerable<string>> splitFurther)
    {
        var needed = current.Length == 0 ? piece.Length : current.Length + separator.Length + piece.Length;
        if (needed <= limit)
        {
            if (current.Length > 0)
            {
                current.Append(separator);
            }

            current.Append(piece);
            return;
        }

        Flush(current, parts);
        if (piece.Length <= limit)
        {
            current.Append(piece);
            return;
        }

        var pieces = splitFurther(piece).ToList();
        parts.AddRange(pieces.Take(pieces.Count - 1));
        current.Append(pieces[^1]);
    }

    private static IEnumerable<string> SplitLine(string line, int limit)
    {
        var rest = line;
        while (rest.Length > limit)
        {
            var cut = rest.LastIndexOf(' ', limit - 1);
            // Never inside a character: an emoji's two halves, or a letter and its accent.
            cut = cut <= limit / 2 ? Math.Max(1, TextCut.Boundary(rest, limit)) : cut;

            yield return rest[..cut].TrimEnd();
            rest = rest[cut..].TrimStart();
        }

        yield return rest;
    }

    private static void Flush(StringBuilder current, List<string> parts)
    {
        if (current.Length > 0)
        {
            parts.Add(current.ToString());
            current.Clear();
        }
    }
}
