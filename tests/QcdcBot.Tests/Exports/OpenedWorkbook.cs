using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace QcdcBot.Tests.Exports;

/// <summary>An .xlsx opened with OpenXml, read cell by cell the way Excel would.</summary>
internal sealed class OpenedWorkbook : IDisposable
{
    private readonly MemoryStream _stream;
    private readonly Dictionary<string, Dictionary<string, Cell>> _positions = new(StringComparer.Ordinal);

    public OpenedWorkbook(byte[] bytes)
    {
        _stream = new MemoryStream(bytes, writable: false);
        Document = SpreadsheetDocument.Open(_stream, isEditable: false);
    }

    public SpreadsheetDocument Document { get; }

    public WorkbookPart WorkbookPart => Document.WorkbookPart!;

    public IReadOnlyList<string> SheetNames => WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public Worksheet Sheet(string name)
    {
        var sheet = WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    /// <summary>
    /// The cell at <paramref name="reference"/> ("B2"), found by position as Excel finds it: a row or cell without its
    /// own reference is the one after the one before it (the export writes a cell's reference only after a gap).
    /// </summary>
    public Cell? Cell(string sheet, string reference)
    {
        if (!_positions.TryGetValue(sheet, out var cells))
        {
            cells = new Dictionary<string, Cell>(StringComparer.Ordinal);
            uint rowIndex = 0;
            foreach (var row in Sheet(sheet).Descendants<Row>())
            {
                rowIndex = row.RowIndex?.Value ?? rowIndex + 1;
                var column = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    column = cell.CellReference?.Value is { } own ? ColumnOf(own) : column + 1;
                    Assert.True(cells.TryAdd(QcdcBot.Bot.Exports.XlsxWriter.ColumnName(column) + rowIndex, cell), $"two cells at one place in {sheet}");
                }
            }

            _positions[sheet] = cells;
        }

        return cells.GetValueOrDefault(reference);
    }

    /// <summary>The text a cell shows, resolving shared strings and inline strings.</summary>
    public string? Text(string sheet, string reference)
    {
        var cell = Cell(sheet, reference);
        if (cell is null)
        {
            return null;
        }

        if (cell.DataType?.Value == CellValues.SharedString)
        {
            var index = int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
            return WorkbookPart.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(index).InnerText;
        }

        return cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text;
    }

    /// <summary>The letters of a column by its number: 1 → "A", 27 → "AA".</summary>
    public static string Column(int number) => number <= 26 ? ((char)('A' + number - 1)).ToString() : Column((number - 1) / 26) + (char)('A' + (number - 1) % 26);

    public double Number(string sheet, string reference)
    {
        var cell = Cell(sheet, reference)!;
        Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"{reference} should be a number");
        return double.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The number format code of a cell's style ("dd/mm/yyyy"), or null for the general format.</summary>
    public string? FormatCode(string sheet, string reference)
    {
        var cell = Cell(sheet, reference)!;
        var styles = WorkbookPart.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = format.NumberFormatId?.Value ?? 0;
        return styles.NumberingFormats?.Elements<NumberingFormat>().SingleOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value;
    }

    /// <summary>Rows below the header, as text by column letter.</summary>
    public IReadOnlyList<string> ColumnTexts(string sheet, string column) =>
        Sheet(sheet).Descendants<Row>().Skip(1).Select(r => Text(sheet, $"{column}{r.RowIndex!.Value}") ?? string.Empty).ToList();

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }

    /// <summary>"B2" → 2, "AA7" → 27.</summary>
    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetterUpper))
        {
            column = (column * 26) + (c - 'A' + 1);
        }

        return column;
    }
}
