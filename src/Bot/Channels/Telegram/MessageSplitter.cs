namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>Telegram refuses messages over 4096 characters: long text is cut at line ends, a too-long line at the limit.</summary>
internal static class MessageSplitter
{
    public const int Limit = 4096;

    /// <summary>Splits <paramref name="text"/> so that each part, once HTML-escaped, fits in <paramref name="limit"/>.</summary>
    public static IReadOnlyList<string> Split(string text, int limit = Limit)
    {
        if (TelegramHtml.Escape(text).Length <= limit)
        {
            return [text];
        }

        var parts = new List<string>();
        var current = new System.Text.StringBuilder();
        var currentLength = 0;
        foreach (var line in text.Split('\n'))
        {
            foreach (var piece in Pieces(line, limit))
            {
                var pieceLength = TelegramHtml.Escape(piece).Length;
                var added = currentLength == 0 ? pieceLength : pieceLength + 1;
                if (currentLength > 0 && currentLength + added > limit)
                {
                    parts.Add(current.ToString());
                    current.Clear();
                    currentLength = 0;
                    added = pieceLength;
                }

                if (currentLength > 0 || current.Length > 0)
                {
                    current.Append('\n');
                }

                current.Append(piece);
                currentLength += added;
            }
        }

        if (current.Length > 0)
        {
            parts.Add(current.ToString());
        }

        return parts.Where(p => p.Trim().Length > 0).ToList();
    }

    /// <summary>A line longer than the limit is cut into pieces that fit, never inside a surrogate pair.</summary>
    private static IEnumerable<string> Pieces(string line, int limit)
    {
        if (TelegramHtml.Escape(line).Length <= limit)
        {
            yield return line;
            yield break;
        }

        var start = 0;
        var length = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var width = TelegramHtml.Escape(line[i].ToString()).Length;
            if (length + width > limit && !char.IsLowSurrogate(line[i]))
            {
                yield return line[start..i];
                start = i;
                length = 0;
            }

            length += width;
        }

        yield return line[start..];
    }
}
