using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace QcdcBot.Bot.Exports;

/// <summary>
/// Writes an .xlsx as it goes, one sheet at a time: rows are written as they are enumerated, as UTF-8 fragments by
/// <see cref="SheetDataWriter"/> (never a document tree, nor the SDK's per-cell element objects or a general XML writer:
/// 6.5 million cells at 10,000 units × 50 deadlines), texts are inline strings (no shared-string table growing with the
/// workbook), dates are numeric serials with a date format (so they sort and filter as dates), each sheet has a
/// frozen header row with a filter and explicit column widths.
/// </summary>
/// <remarks>
/// The package is a zip written forward only (<see cref="PackageZip"/>), each part deflated before it is placed, so
/// sheets can be made and compressed on several threads (<see cref="Sheet"/>) and still land in order. The SDK's own
/// package cannot do that here: System.IO.Packaging keeps every part of a read-write package uncompressed in memory
/// until the end (gigabytes at 10,000 units × 50 deadlines), and SpreadsheetDocument refuses a write-only one. So the
/// few small package parts (content types, relationships, core properties) are written here, and the workbook part,
/// which lists the sheets, last by <see cref="Finish"/>. Without <see cref="Finish"/> (a failure part-way) the
/// output is incomplete; the caller discards it.
/// </remarks>
internal sealed class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Custom number formats start at 164; ids below are Excel's built-ins, whose look depends on the reader's locale.
    private const uint DateFormatId = 164;
    private const uint DateTimeFormatId = 165;

    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string SheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private readonly TextCache _texts = new();
    private readonly PackageZip _zip;
    private readonly List<(int Position, string Name, string PartId, string FilterRange)> _sheets = [];

    private XlsxWriter(PackageZip zip) => _zip = zip;

    /// <param name="author">Who the file says made it (File → Properties): the office and its committee.</param>
    public static XlsxWriter Create(Stream output, string title, string author)
    {
        var writer = new XlsxWriter(new PackageZip(output));
        writer.Part("xl/styles.xml", xml => xml.WriteElement(Styles()));
        writer.Xml("docProps/core.xml", xml =>
        {
            xml.WriteStartElement("cp", "coreProperties", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
            xml.WriteElementString("dc", "title", "http://purl.org/dc/elements/1.1/", title);
            xml.WriteElementString("dc", "creator", "http://purl.org/dc/elements/1.1/", author);
            xml.WriteEndElement();
        });
        writer.Xml("_rels/.rels", xml => WriteRelationships(xml,
        [
            ("rId1", Relationships + "/officeDocument", "xl/workbook.xml"),
            ("rId2", PackageRelationships + "/metadata/core-properties", "docProps/core.xml"),
        ]));
        return writer;
    }

    /// <summary>
    /// Writes one sheet, enumerating <paramref name="rows"/> once (null is an empty cell). <paramref name="position"/>
    /// is its place among the tabs; the sheet at 0 is the one the workbook opens on.
    /// </summary>
    public void AddSheet(string name, IReadOnlyList<ExportColumn> columns, IEnumerable<IReadOnlyList<ExportCell?>> rows, int position) =>
        AddSheet(name, Sheet(columns, rows, position == 0, _texts), position);

    /// <summary>A sheet compressed by <see cref="Sheet"/> (on any thread), placed as the next sheet part.</summary>
    public void AddSheet(string name, SheetPart sheet, int position)
    {
        var partId = "rId" + (_sheets.Count + 1).ToString(CultureInfo.InvariantCulture);
        _zip.Add($"xl/worksheets/sheet{_sheets.Count + 1}.xml", sheet.Part);
        _sheets.Add((position, name, partId, FilterRange(sheet.Columns, sheet.Rows, absolute: true)));
    }

    /// <summary>
    /// One sheet's XML, deflated into memory: independent of the workbook, so sheets can be made on several threads
    /// (each with its own <paramref name="texts"/>). <paramref name="selected"/>: the tab the workbook opens on.
    /// </summary>
    public static SheetPart Sheet(IReadOnlyList<ExportColumn> columns, IEnumerable<IReadOnlyList<ExportCell?>> rows, bool selected, TextCache texts) =>
        Sheet(columns, selected, texts, sheet =>
        {
            var count = 0;
            foreach (var row in rows)
            {
                sheet.Row(++count + 1, row, null);
            }

            return count;
        });

    /// <summary>
    /// <see cref="Sheet(IReadOnlyList{ExportColumn}, IEnumerable{IReadOnlyList{ExportCell}}, bool, TextCache)"/> with the
    /// rows written by <paramref name="writeRows"/> from row 2 on, straight into the sheet; it returns how many it wrote.
    /// </summary>
    public static SheetPart Sheet(IReadOnlyList<ExportColumn> columns, bool selected, TextCache texts, Func<SheetDataWriter, int> writeRows)
    {
        var count = 0;
        var part = PartCompressor.Compress(stream =>
        {
            // The few elements before the rows are the SDK's own, serialised once per sheet.
            var columnWidths = new Columns(columns.Select((c, i) => new Column
            {
                Min = (uint)(i + 1),
                Max = (uint)(i + 1),
                Width = c.Width,
                CustomWidth = true,
            }));
            stream.Write(Encoding.UTF8.GetBytes(
                $"""<?xml version="1.0" encoding="utf-8" standalone="yes"?><worksheet xmlns="{Main}">"""
                + new SheetViews(FrozenHeader(selected)).OuterXml
                + new SheetFormatProperties { DefaultRowHeight = 15 }.OuterXml
                + columnWidths.OuterXml
                + "<sheetData>"));
            using (var sheet = new SheetDataWriter(stream, texts))
            {
                sheet.Row(1, columns.Select(c => (ExportCell?)ExportCell.Of(c.Header)).ToList(), SheetDataWriter.HeaderStyle);
                count = writeRows(sheet);
            }

            stream.Write(Encoding.UTF8.GetBytes($"""</sheetData><autoFilter ref="{FilterRange(columns.Count, count, absolute: false)}"/></worksheet>"""));
        });
        return new SheetPart(part, columns.Count, count);
    }

    /// <summary>Writes the workbook part (the list of sheets, in their positions) and closes the package.</summary>
    public void Finish()
    {
        var ordered = _sheets.OrderBy(s => s.Position).ToList();
        var sheets = new Sheets(ordered.Select((s, i) => new Sheet { Id = s.PartId, SheetId = (uint)(i + 1), Name = s.Name }));
        // Excel keeps a filter's range in this hidden name; without it some versions drop the filter.
        var filters = new DefinedNames(ordered.Select((s, i) => new DefinedName($"'{s.Name.Replace("'", "''", StringComparison.Ordinal)}'!{s.FilterRange}")
        {
            Name = "_xlnm._FilterDatabase",
            LocalSheetId = (uint)i,
            Hidden = true,
        }));
        Part("xl/workbook.xml", writer => writer.WriteElement(filters.HasChildren ? new Workbook(sheets, filters) : new Workbook(sheets)));
        Xml("xl/_rels/workbook.xml.rels", xml => WriteRelationships(xml,
        [
            .. _sheets.Select((s, i) => (s.PartId, Relationships + "/worksheet", $"worksheets/sheet{i + 1}.xml")),
            ("rIdStyles", Relationships + "/styles", "styles.xml"),
        ]));
        Xml("[Content_Types].xml", xml =>
        {
            const string Types = "http://schemas.openxmlformats.org/package/2006/content-types";
            xml.WriteStartElement("Types", Types);
            void Add(string kind, string attribute, string key, string type)
            {
                xml.WriteStartElement(kind, Types);
                xml.WriteAttributeString(attribute, key);
                xml.WriteAttributeString("ContentType", type);
                xml.WriteEndElement();
            }

            Add("Default", "Extension", "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Add("Default", "Extension", "xml", "application/xml");
            Add("Override", "PartName", "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            Add("Override", "PartName", "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            Add("Override", "PartName", "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
            for (var i = 1; i <= _sheets.Count; i++)
            {
                Add("Override", "PartName", $"/xl/worksheets/sheet{i}.xml", SheetContentType);
            }

            xml.WriteEndElement();
        });
        _zip.Finish();
    }

    /// <summary>One part written by OpenXmlWriter.</summary>
    private void Part(string name, Action<OpenXmlWriter> write) => _zip.Add(name, PartCompressor.Compress(stream =>
    {
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument();
        write(writer);
        writer.Close();
    }));

    /// <summary>A package part that is not SpreadsheetML (content types, relationships, core properties).</summary>
    private void Xml(string name, Action<XmlWriter> write) => _zip.Add(name, PartCompressor.Compress(stream =>
    {
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }));

    private static void WriteRelationships(XmlWriter xml, IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        xml.WriteStartElement("Relationships", PackageRelationships);
        foreach (var (id, type, target) in relationships)
        {
            xml.WriteStartElement("Relationship", PackageRelationships);
            xml.WriteAttributeString("Id", id);
            xml.WriteAttributeString("Type", type);
            xml.WriteAttributeString("Target", target);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
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

    private static string FilterRange(int columns, int rows, bool absolute)
    {
        var last = ColumnName(Math.Max(1, columns));
        var lastRow = rows + 1;
        return absolute
            ? string.Create(CultureInfo.InvariantCulture, $"$A$1:${last}${lastRow}")
            : string.Create(CultureInfo.InvariantCulture, $"A1:{last}{lastRow}");
    }

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
}
