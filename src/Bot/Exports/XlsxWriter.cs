using System.Globalization;
using System.Text;
using System.Xml;

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
/// output is incomplete; the caller discards it. The few fixed elements (styles, the frozen header, column widths,
/// the workbook) are written as text too, not built as the SDK's element objects: loading the SDK's element
/// metadata and compiling its generic value types cost the export command about 70 methods compiled at start.
/// </remarks>
internal sealed class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
        writer._zip.Add("xl/styles.xml", PartCompressor.Compress(stream => stream.Write(Styles)));
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
            var head = new StringBuilder($"""<?xml version="1.0" encoding="utf-8" standalone="yes"?><worksheet xmlns="{Main}">""");
            head.Append(CultureInfo.InvariantCulture, $"""<sheetViews><sheetView tabSelected="{(selected ? 1 : 0)}" workbookViewId="0">""")
                .Append("""<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>""")
                .Append("""<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>""")
                .Append("""<sheetFormatPr defaultRowHeight="15"/><cols>""");
            for (var i = 0; i < columns.Count; i++)
            {
                head.Append(CultureInfo.InvariantCulture, $"""<col min="{i + 1}" max="{i + 1}" width="{columns[i].Width}" customWidth="1"/>""");
            }

            stream.Write(Encoding.UTF8.GetBytes(head.Append("</cols><sheetData>").ToString()));
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
        Xml("xl/workbook.xml", xml =>
        {
            xml.WriteStartElement("workbook", Main);
            xml.WriteAttributeString("xmlns", "r", null, Relationships);
            xml.WriteStartElement("sheets", Main);
            for (var i = 0; i < ordered.Count; i++)
            {
                xml.WriteStartElement("sheet", Main);
                xml.WriteAttributeString("name", ordered[i].Name);
                xml.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("id", Relationships, ordered[i].PartId);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            if (ordered.Count > 0)
            {
                // Excel keeps a filter's range in this hidden name; without it some versions drop the filter.
                xml.WriteStartElement("definedNames", Main);
                for (var i = 0; i < ordered.Count; i++)
                {
                    xml.WriteStartElement("definedName", Main);
                    xml.WriteAttributeString("name", "_xlnm._FilterDatabase");
                    xml.WriteAttributeString("localSheetId", i.ToString(CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("hidden", "1");
                    xml.WriteString($"'{ordered[i].Name.Replace("'", "''", StringComparison.Ordinal)}'!{ordered[i].FilterRange}");
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
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

    /// <summary>A small package part written by an XmlWriter (the workbook, content types, relationships, core properties).</summary>
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

    private static string FilterRange(int columns, int rows, bool absolute)
    {
        var last = ColumnName(Math.Max(1, columns));
        var lastRow = rows + 1;
        return absolute
            ? string.Create(CultureInfo.InvariantCulture, $"$A$1:${last}${lastRow}")
            : string.Create(CultureInfo.InvariantCulture, $"A1:{last}{lastRow}");
    }

    /// <summary>
    /// The cell formats the sheets use by index (<see cref="SheetDataWriter.HeaderStyle"/> and the rest): 0 plain, 1 the
    /// header (bold on a light blue fill, wrapped, centred vertically), 2 a date, 3 a date and time. Custom number
    /// formats start at 164; ids below are Excel's built-ins, whose look depends on the reader's locale.
    /// </summary>
    private static ReadOnlySpan<byte> Styles =>
        """<?xml version="1.0" encoding="utf-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"""u8;
}
