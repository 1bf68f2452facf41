using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using QcdcBot.Bot.Letters.Reading;

namespace QcdcBot.Tests.Letters;

/// <summary>The .docx text as Word lays it out: what counts as a tab or a line, and what is read once.</summary>
public sealed class DocxReadingTests
{
    [Fact]
    public void Tab_stops_empty_paragraphs_breaks_nested_tables_and_a_text_box_fallback_read_as_the_page_shows()
    {
        var body = new Body(
            // A paragraph's tab stops are settings, not tabs in its text.
            new Paragraph(new ParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Left, Position = 720 })), new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Số 12-CV/ĐUK"), new TabChar(), new DocumentFormat.OpenXml.Wordprocessing.Text("Yên Bái, ngày 2 tháng 5 năm 2024"))),
            new Paragraph(),
            new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Dòng một"), new Break(), new DocumentFormat.OpenXml.Wordprocessing.Text("dòng hai"))),
            new Table(new TableRow(
                new TableCell(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Báo cáo")))),
                new TableCell(new Table(new TableRow(new TableCell(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("trước ngày"))), new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("5/6/2024"))))))))),
            new Paragraph(new Run(new AlternateContent(
                new AlternateContentChoice(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Trong khung")))) { Requires = "wps" },
                new AlternateContentFallback(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Trong khung"))))))));

        var read = LetterReader.Read("cv.docx", Docx(body));

        Assert.Equal("Số 12-CV/ĐUK\tYên Bái, ngày 2 tháng 5 năm 2024\n\nDòng một dòng hai\nBáo cáo\ttrước ngày 5/6/2024\nTrong khung\n", read.Text);
    }

    private static byte[] Docx(Body body)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }
}
