using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace QcdcBot.Tests.Letters;

/// <summary>Letters as the office sends them: the seed texts, and the same text built as .docx (OpenXml) and .pdf (PdfPig).</summary>
internal static class LetterFiles
{
    public const string Report2023 = "003_dff5dd5401502673.txt";
    public const string Letter1720 = "001_81899a22d58e5ae3.txt";
    public const string Plan2024 = "002_77675ec24c902d89.txt";
    public const string Guidance2023 = "000_1392fca7dbe23cff.txt";
    public const string Directive = "004_40138959c7253939.txt";

    // The standard PDF fonts cannot encode Vietnamese; DejaVu Sans (fonts-dejavu-core) has every letter it needs.
    private const string VietnameseFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    public static string Seed(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Seeds", name));

    public static byte[] SeedBytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Seeds", name));

    /// <summary>One paragraph per line (tabs as Word tabs, \v as a soft line break); rows given as tab-separated cells go into one table at the top.</summary>
    public static byte[] Docx(string text, IReadOnlyList<string>? tableRowsFirst = null, IReadOnlyList<string>? tableRowsAfterLine = null, int afterLine = 0)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            if (tableRowsFirst is not null)
            {
                body.Append(Table(tableRowsFirst));
            }

            var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                body.Append(Paragraph(lines[i]));
                if (tableRowsAfterLine is not null && i + 1 == afterLine)
                {
                    body.Append(Table(tableRowsAfterLine));
                }
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A PDF with a text layer: each line of the text is a paragraph, wrapped at the page width with the usual line
    /// spacing and a wider gap between paragraphs, as Word prints a letter.
    /// </summary>
    public static byte[] Pdf(string text)
    {
        Assert.True(File.Exists(VietnameseFont), $"The PDF tests need {VietnameseFont} (apt-get install fonts-dejavu-core).");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(VietnameseFont));
        const double Size = 9;
        const double Left = 40;
        const double Top = 800;
        var page = builder.AddPage(595, 842);
        var y = Top;
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            foreach (var line in Wrap(paragraph.Replace('\t', ' '), 100))
            {
                if (y < 50)
                {
                    page = builder.AddPage(595, 842);
                    y = Top;
                }

                if (line.Trim().Length > 0)
                {
                    page.AddText(line, Size, new PdfPoint(Left, y), font);
                }

                y -= Size * 1.3;
            }

            y -= Size;
        }

        return builder.Build();
    }

    private static List<string> Wrap(string paragraph, int width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in paragraph.Split(' '))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = current.Length == 0 ? word : current + " " + word;
            }
        }

        lines.Add(current);
        return lines;
    }

    private static Paragraph Paragraph(string line)
    {
        var run = new Run();
        var parts = line.Split('\t');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new TabChar());
            }

            // A vertical tab is a soft line break (Shift+Enter) inside the paragraph.
            var pieces = parts[i].Split('\v');
            for (var j = 0; j < pieces.Length; j++)
            {
                if (j > 0)
                {
                    run.Append(new Break());
                }

                if (pieces[j].Length > 0)
                {
                    run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(pieces[j]) { Space = SpaceProcessingModeValues.Preserve });
                }
            }
        }

        return new Paragraph(run);
    }

    private static Table Table(IReadOnlyList<string> rows)
    {
        var table = new Table();
        foreach (var row in rows)
        {
            var tableRow = new TableRow();
            foreach (var cell in row.Split('\t'))
            {
                // A new line inside a cell is another paragraph of the cell (Enter, where \v is Shift+Enter).
                tableRow.Append(new TableCell(cell.Split('\n').Select(Paragraph)));
            }

            table.Append(tableRow);
        }

        return table;
    }
}
