namespace QcdcBot.Bot.Letters;

/// <summary>
/// The table a position of the letter's text stands in: its rows are lines of cells joined by tabs (a .docx or PDF
/// table, or one pasted on one line and restored by <see cref="OneLineTables"/>), one after another.
/// </summary>
internal static class TableRows
{
    /// <returns>Where the table's first row starts and its last row ends, or null when the position is not in a row.</returns>
    public static (int Start, int End)? Around(string text, int position)
    {
        if (!IsRow(text, LineStart(text, position)))
        {
            return null;
        }

        var start = LineStart(text, position);
        while (start > 0 && IsRow(text, LineStart(text, start - 1)))
        {
            start = LineStart(text, start - 1);
        }

        var end = LineEnd(text, position);
        while (end < text.Length && IsRow(text, end + 1))
        {
            end = LineEnd(text, end + 1);
        }

        return (start, end);
    }

    private static bool IsRow(string text, int lineStart) =>
        lineStart < text.Length && text.IndexOf('\t', lineStart, LineEnd(text, lineStart) - lineStart) >= 0;

    private static int LineStart(string text, int position) => position <= 0 ? 0 : text.LastIndexOf('\n', Math.Min(position, text.Length) - 1) + 1;

    private static int LineEnd(string text, int position) => text.IndexOf('\n', position) is var end and >= 0 ? end : text.Length;
}
