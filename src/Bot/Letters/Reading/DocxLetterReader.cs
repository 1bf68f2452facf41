using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace QcdcBot.Bot.Letters.Reading;

/// <summary>
/// Paragraphs and tables in document order. A table row is one line with its cells separated by tabs, so a row
/// "Báo cáo sơ kết | trước ngày 15/6/2024" reads as one sentence and a header row "Số … | Yên Bái, ngày …" keeps
/// the date after a tab, as in the letter's header.
/// </summary>
internal static class DocxLetterReader
{
    public static LetterText Read(byte[] bytes)
    {
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            if (document.MainDocumentPart?.Document?.Body is not { } body)
            {
                return LetterText.Refused("Tệp .docx không có nội dung văn bản.");
            }

            var text = new StringBuilder();
            AppendBlocks(body, text);
            return LetterText.Of(text.ToString());
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or System.Xml.XmlException)
        {
            return LetterText.Refused("Không mở được tệp .docx này (tệp hỏng hoặc không phải văn bản Word). Xin lưu lại thành .docx hoặc .pdf rồi gửi lại.");
        }
    }

    private static void AppendBlocks(OpenXmlElement container, StringBuilder text)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    text.Append(ParagraphText(paragraph)).Append('\n');
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        var cells = row.Elements<TableCell>().Select(c => string.Join(' ', c.Descendants<Paragraph>().Select(ParagraphText).Where(t => t.Length > 0)));
                        text.Append(string.Join('\t', cells)).Append('\n');
                    }

                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    AppendBlocks(element, text);
                    break;
            }
        }
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }
}
