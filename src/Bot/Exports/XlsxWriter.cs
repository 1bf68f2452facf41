using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace QcdcBot.Bot.Exports;

/// <summary>
/// Writes sheets to an .xlsx: shared strings (UTF-8, so Vietnamese survives), dates as numeric serials with a
/// date format (so they sort and filter as dates), a frozen header row with a filter, explicit column widths.
/// </summary>
internal static class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Indexes into cellXfs below; the order there must match.
    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint DateTimeStyle = 3;

    // Custom number formats start at 164; ids below are Excel's built-ins, whose look depends on the reader's locale.
    private const uint DateFormatId = 164;
    private const uint DateTimeFormatId = 165;

    // Excel's limit for one cell's text.
    private const int MaxCellText = 32767;

    /// <param name="author">Who the file says made it (File → Properties): the office and its committee.</param>
    public static byte[] Write(IReadOnlyList<ExportSheet> sheets, string title, string author)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            document.PackageProperties.Title = title;
            document.PackageProperties.Creator = author;
            var workbookPart = document.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var strings = new SharedStrings();
            var sheetList = new Sheets();
            var filters = new DefinedNames();
            for (var i = 0; i < sheets.Count; i++)
            {
                var sheet = sheets[i];
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                worksheetPart.Worksheet = Worksheet(sheet, strings, selected: i == 0);
                sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = (uint)(i + 1), Name = sheet.Name });
                // Excel keeps the filter's range in this hidden name; without it some versions drop the filter.
                filters.Append(new DefinedName($"'{sheet.Name.Replace("'", "''", StringComparison.Ordinal)}'!{FilterRange(sheet, absolute: true)}")
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = (uint)i,
                    Hidden = true,
                });
            }

            workbookPart.Workbook = new Workbook(sheetList);
            if (filters.HasChildren)
            {
                workbookPart.Workbook.Append(filters);
            }

            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Table;
        }

        return stream.ToArray();
    }

    /// <summary>"A", "B", … "Z", "AA": the column part of a cell reference (1-based).</summary>
    public static string ColumnName(int column)
    {
        var name = new StringBuilder();
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            name.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return name.ToString();
    }

    private static Worksheet Worksheet(ExportSheet sheet, SharedStrings strings, bool selected)
    {
        var columns = new Columns(sheet.Columns.Select((c, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = c.Width,
            CustomWidth = true,
        }));

        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            header.Append(TextCell(Reference(c, 1), sheet.Columns[c].Header, strings, HeaderStyle));
        }

        data.Append(header);
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var rowIndex = (uint)(r + 2);
            var row = new Row { RowIndex = rowIndex };
            var cells = sheet.Rows[r];
            for (var c = 0; c < cells.Count; c++)
            {
                if (cells[c] is { } value)
                {
                    row.Append(Cell(Reference(c, rowIndex), value, strings));
                }
            }

            data.Append(row);
        }

        return new Worksheet(
            new SheetViews(FrozenHeader(selected)),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            columns,
            data,
            new AutoFilter { Reference = FilterRange(sheet, absolute: false) });
    }

    /// <summary>The header stays in view while scrolling through 77 units.</summary>
    private static SheetView FrozenHeader(bool selected) => new(
        new Pane
        {
            VerticalSplit = 1,
            TopLeftCell = "A2",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
    {
        TabSelected = selected,
        WorkbookViewId = 0,
    };

    private static string FilterRange(ExportSheet sheet, bool absolute)
    {
        var last = ColumnName(Math.Max(1, sheet.Columns.Count));
        var lastRow = sheet.Rows.Count + 1;
        return absolute
            ? string.Create(CultureInfo.InvariantCulture, $"$A$1:${last}${lastRow}")
            : string.Create(CultureInfo.InvariantCulture, $"A1:{last}{lastRow}");
    }

    private static Cell Cell(string reference, ExportCell value, SharedStrings strings) => value switch
    {
        TextCell t => TextCell(reference, t.Text, strings, null),
        NumberCell n => new Cell { CellReference = reference, CellValue = new CellValue(n.Value.ToString("R", CultureInfo.InvariantCulture)) },
        DateCell d => Serial(reference, d.Date.ToDateTime(TimeOnly.MinValue), DateStyle),
        DateTimeCell t => Serial(reference, t.LocalTime, DateTimeStyle),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    /// <summary>A date is a number of days since 30/12/1899 with a date format; that is what makes it a real Excel date.</summary>
    private static Cell Serial(string reference, DateTime local, uint style) => new()
    {
        CellReference = reference,
        StyleIndex = style,
        CellValue = new CellValue(local.ToOADate().ToString("R", CultureInfo.InvariantCulture)),
    };

    private static Cell TextCell(string reference, string text, SharedStrings strings, uint? style)
    {
        var cell = new Cell
        {
            CellReference = reference,
            DataType = CellValues.SharedString,
            CellValue = new CellValue(strings.IndexOf(text).ToString(CultureInfo.InvariantCulture)),
        };
        if (style is { } s)
        {
            cell.StyleIndex = s;
        }

        return cell;
    }

    private static string Reference(int column, uint row) => ColumnName(column + 1) + row.ToString(CultureInfo.InvariantCulture);

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = DateTimeFormatId, FormatCode = "dd/mm/yyyy hh:mm" })
        { Count = 2 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center })
            {
                NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true,
            },
            new CellFormat { NumberFormatId = DateFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = DateTimeFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
        { Count = 4 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    /// <summary>Each distinct text is stored once and cells point at it by index.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public SharedStringTable Table { get; } = new();

        public int IndexOf(string text)
        {
            var clean = Clean(text);
            if (_index.TryGetValue(clean, out var index))
            {
                return index;
            }

            index = _index.Count;
            _index.Add(clean, index);
            Table.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(clean) { Space = SpaceProcessingModeValues.Preserve }));
            Table.UniqueCount = (uint)_index.Count;
            return index;
        }

        /// <summary>XML cannot carry most control characters, and Excel cuts a cell at 32,767 characters.</summary>
        private static string Clean(string text)
        {
            var kept = new string(text.Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray()).Normalize(NormalizationForm.FormC);
            return kept.Length > MaxCellText ? kept[..MaxCellText] : kept;
        }
    }
}
