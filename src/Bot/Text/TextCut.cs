using System.Globalization;

namespace QcdcBot.Bot.Text;

/// <summary>
/// Shortens text for a quote or a name without cutting inside a character: never between the two halves of an
/// emoji (a lone half is written out as "�"), nor between a letter and the accent typed after it (NFD Vietnamese).
/// </summary>
internal static class TextCut
{
    /// <summary>The longest start of <paramref name="text"/> of at most <paramref name="max"/> UTF-16 units that ends between whole characters.</summary>
    public static string Prefix(string text, int max) => text.Length <= max ? text : text[..Boundary(text, max)];

    /// <summary>The text, or its start followed by "…" when longer than <paramref name="max"/>.</summary>
    public static string Excerpt(string text, int max) => text.Length <= max ? text : Prefix(text, max) + "…";

    /// <summary>
    /// The text, or its start and its end joined by "…" when longer than <paramref name="max"/>: for names whose end
    /// tells them apart ("… - phần 2 - bản chính thức").
    /// </summary>
    public static string Middle(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var head = Prefix(text, (max - 1) / 2);
        var from = text.Length - (max - 1 - head.Length);
        var at = Boundary(text, from);
        if (at < from)
        {
            at += StringInfo.GetNextTextElementLength(text, at);
        }

        return head.TrimEnd() + "…" + text[at..].TrimStart();
    }

    /// <summary>The last whole-character boundary at or before <paramref name="index"/> (0 when the first character is longer).</summary>
    public static int Boundary(string text, int index)
    {
        if (index >= text.Length)
        {
            return text.Length;
        }

        var at = 0;
        while (at < text.Length)
        {
            var next = at + StringInfo.GetNextTextElementLength(text, at);
            if (next > index)
            {
                return at;
            }

            at = next;
        }

        return at;
    }
}
