using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace QcdcBot.Bot.Letters.Reading;

/// <summary>
/// Paragraphs and tables in document order. A table row is one line with its cells separated by tabs, so a row
/// "Báo cáo sơ kết | trước ngày 15/6/2024" reads as one sentence and a header row "Số … | Yên Bái, ngày …" keeps
/// the date after a tab, as in the letter's header. The main part is read as a stream of XML (not loaded as the SDK's
/// element tree, which cost most of the time on a 30-page letter); a cell's nested tables are read into the cell.
/// </summary>
internal static class DocxLetterReader
{
    private const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Compatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    public static LetterText Read(byte[] bytes)
    {
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            if (document.MainDocumentPart is not { } main)
            {
                return LetterText.Refused("Tệp .docx không có nội dung văn bản.");
            }

            using var stream = main.GetStream(FileMode.Open, FileAccess.Read);
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, IgnoreProcessingInstructions = true });
            return LetterText.Of(new BodyText().Read(xml));
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or XmlException)
        {
            return LetterText.Refused("Không mở được tệp .docx này (tệp hỏng hoặc không phải văn bản Word). Xin lưu lại thành .docx hoặc .pdf rồi gửi lại.");
        }
    }

    /// <summary>The text as the reader walks the body: one paragraph (with any text box inside it) at a time.</summary>
    private sealed class BodyText
    {
        private readonly StringBuilder _text = new();
        private readonly StringBuilder _paragraph = new();
        private readonly List<string> _row = [];
        private readonly List<string> _cell = [];
        private int _paragraphDepth;
        private int _tableDepth;
        private int _runDepth;

        public string Read(XmlReader xml)
        {
            xml.MoveToContent();
            while (!xml.EOF)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == Compatibility && xml.LocalName == "Fallback")
                {
                    // The same content as its AlternateContent's choice, for older readers: read it once.
                    xml.Skip();
                    continue;
                }

                if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == Word)
                {
                    if (xml.LocalName == "t" && _paragraphDepth > 0 && _runDepth > 0)
                    {
                        // Moves past the element's end.
                        _paragraph.Append(xml.ReadElementContentAsString());
                        continue;
                    }

                    var empty = xml.IsEmptyElement;
                    Start(xml.LocalName);
                    if (empty)
                    {
                        End(xml.LocalName);
                    }
                }
                else if (xml.NodeType == XmlNodeType.EndElement && xml.NamespaceURI == Word)
                {
                    End(xml.LocalName);
                }

                xml.Read();
            }

            return _text.ToString();
        }

        private void Start(string name)
        {
            switch (name)
            {
                case "p":
                    _paragraphDepth++;
                    break;
                case "r":
                    _runDepth++;
                    break;
                case "tab" when _runDepth > 0 && _paragraphDepth > 0:
                    _paragraph.Append('\t');
                    break;
                case "br" or "cr" when _runDepth > 0 && _paragraphDepth > 0:
                    // In a table cell a break ends one of the cell's lines (joined when the cell ends, so the row
                    // stays one line). Elsewhere the reader joins a break inside a sentence back into it.
                    _paragraph.Append('\n');
                    break;
                case "tbl":
                    _tableDepth++;
                    break;
                case "tr" when _tableDepth == 1:
                    _row.Clear();
                    break;
                case "tc" when _tableDepth == 1:
                    _cell.Clear();
                    break;
            }
        }

        private void End(string name)
        {
            switch (name)
            {
                case "p":
                    if (--_paragraphDepth == 0)
                    {
                        EndParagraph();
                    }

                    break;
                case "r":
                    _runDepth--;
                    break;
                case "tbl":
                    _tableDepth--;
                    break;
                case "tr" when _tableDepth == 1:
                    _text.AppendJoin('\t', _row).Append('\n');
                    break;
                case "tc" when _tableDepth == 1:
                    _row.Add(CellLines.Join(_cell));
                    break;
            }
        }

        private void EndParagraph()
        {
            if (_tableDepth == 0)
            {
                _text.Append(_paragraph).Append('\n');
            }
            else if (_paragraph.Length > 0)
            {
                _cell.AddRange(_paragraph.ToString().Split('\n'));
            }

            _paragraph.Clear();
        }
    }
}
