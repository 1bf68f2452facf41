using UglyToad.PdfPig.Content;

namespace QcdcBot.Bot.Letters.Reading;

/// <summary>
/// A table printed to PDF (a Word plan exported): its cells are runs of words set apart by a gap much wider than a space.
/// A line of three or more such runs is the table's header and gives its columns; a gap wider than a line's spacing, or
/// a second number in a row's first column, starts a row, and any other line continues the row's cells (a wrapped cell),
/// so each row is read again as one line of tab-separated cells, as a .docx table is.
/// </summary>
internal static class PdfTableRows
{
    /// <summary>
    /// Each line's text: a table row as its cells joined by tabs (its wrapped lines joined in), a line of the letter as
    /// its words; null for a line merged into the row above it.
    /// </summary>
    public static List<(string Text, bool Table)?> Of(IReadOnlyList<List<Word>> lines)
    {
        var result = new List<(string Text, bool Table)?>(lines.Count);
        double[]? columns = null;
        List<List<string>>? row = null;
        var rowAt = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var cells = Cells(lines[i]);
            // A line of the letter after the table: one run in the first column, or words running across a column's edge.
            if (columns is null || (cells.Count < 2 && Column(columns, cells[0].Left, cells[0].Size) == 0) || cells.Any(c => Across(columns, c)))
            {
                Close(result, row, rowAt);
                (row, rowAt) = (null, -1);
                columns = cells.Count >= 3 ? [.. cells.Select(c => c.Left)] : null;
                if (columns is not null)
                {
                    (row, rowAt) = (Empty(columns.Length), i);
                    Put(row, columns, cells);
                    result.Add(null);
                    continue;
                }

                result.Add((string.Join(' ', lines[i].OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)), false));
                continue;
            }

            // Rows are set apart by more than a line's spacing (their padding): a wider gap starts a row, and so does a
            // number in the first column of a row that has one already; anything else continues the cells above (a cell
            // printed at its row's foot comes after the first lines of a wrapped one).
            var apart = Baseline(lines[i - 1]) - Baseline(lines[i]) > cells[0].Size * 1.5;
            var numbered = Column(columns, cells[0].Left, cells[0].Size) == 0 && cells[0].Text.TrimEnd('.').All(char.IsDigit);
            if (apart || numbered && row![0].Count > 0)
            {
                Close(result, row, rowAt);
                (row, rowAt) = (Empty(columns.Length), i);
            }

            Put(row!, columns, cells);
            result.Add(null);
        }

        Close(result, row, rowAt);
        return result;
    }

    private static double Baseline(List<Word> line) => line.Max(w => w.BoundingBox.Bottom);

    private static List<List<string>> Empty(int columns) => [.. Enumerable.Range(0, columns).Select(_ => new List<string>())];

    private static void Put(List<List<string>> row, double[] columns, List<(double Left, double Right, double Size, string Text)> cells)
    {
        foreach (var cell in cells)
        {
            row[Column(columns, cell.Left, cell.Size)].Add(cell.Text);
        }
    }

    private static void Close(List<(string Text, bool Table)?> result, List<List<string>>? row, int at)
    {
        if (row is not null && at >= 0)
        {
            result[at] = (string.Join('\t', row.Select(c => string.Join(' ', c))), true);
        }
    }

    /// <summary>The run reaches past the start of the column after its own: it is no cell of this table.</summary>
    private static bool Across(double[] columns, (double Left, double Right, double Size, string Text) cell) =>
        Column(columns, cell.Left, cell.Size) + 1 is var next && next < columns.Length && cell.Right > columns[next] + cell.Size;

    /// <summary>The column a cell starting at <paramref name="left"/> is in: the last one starting at or before it.</summary>
    private static int Column(double[] columns, double left, double size)
    {
        var at = 0;
        for (var c = 0; c < columns.Length; c++)
        {
            if (columns[c] <= left + size)
            {
                at = c;
            }
        }

        return at;
    }

    /// <summary>The line's runs of words: a gap wider than the type size (a space is a third of it) ends a cell.</summary>
    private static List<(double Left, double Right, double Size, string Text)> Cells(List<Word> line)
    {
        var words = line.OrderBy(w => w.BoundingBox.Left).ToList();
        var cells = new List<(double Left, double Right, double Size, string Text)>();
        var start = 0;
        for (var i = 1; i <= words.Count; i++)
        {
            var size = Size(words[i - 1]);
            if (i == words.Count || words[i].BoundingBox.Left - words[i - 1].BoundingBox.Right > size)
            {
                cells.Add((words[start].BoundingBox.Left, words[i - 1].BoundingBox.Right, size, string.Join(' ', words.Skip(start).Take(i - start).Select(w => w.Text))));
                start = i;
            }
        }

        return cells;
    }

    private static double Size(Word word) => word.Letters.Count > 0 && word.Letters.Max(l => l.PointSize) is var size and > 0 ? size : Math.Max(word.BoundingBox.Height, 1);
}
