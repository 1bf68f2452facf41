using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace QcdcBot.Bot.Letters.Reading;

/// <summary>
/// The text layer of a PDF. Words are grouped into lines by their baseline, and lines into paragraphs: a gap clearly
/// wider than the page's usual line spacing starts a new paragraph, so a sentence wrapped over lines stays one sentence.
/// </summary>
internal static class PdfLetterReader
{
    public const string NoTextLayer =
        "Tệp PDF này không có lớp chữ (có lẽ là bản chụp, bản scan), nên bot không đọc được. Xin gửi bản .docx hoặc PDF xuất từ Word, hoặc dán nội dung sau /congvan.";

    public static LetterText Read(byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes);
            var text = new StringBuilder();
            foreach (var page in document.GetPages())
            {
                AppendPage(page, text);
            }

            return text.ToString().Trim().Length == 0 ? LetterText.Refused(NoTextLayer) : LetterText.Of(text.ToString());
        }
        catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IOException or IndexOutOfRangeException)
        {
            return LetterText.Refused("Không mở được tệp PDF này (tệp hỏng hoặc được bảo vệ bằng mật khẩu).");
        }
    }

    private static void AppendPage(Page page, StringBuilder text)
    {
        var lines = new List<(double Baseline, double Height, List<Word> Words)>();
        foreach (var word in page.GetWords().Where(w => w.Text.Trim().Length > 0).OrderByDescending(w => w.BoundingBox.Bottom))
        {
            var height = Math.Max(word.BoundingBox.Height, 1);
            var line = lines.FindIndex(l => Math.Abs(l.Baseline - word.BoundingBox.Bottom) < Math.Max(l.Height, height) * 0.4);
            if (line < 0)
            {
                lines.Add((word.BoundingBox.Bottom, height, [word]));
            }
            else
            {
                lines[line].Words.Add(word);
            }
        }

        if (lines.Count == 0)
        {
            return;
        }

        // A table's rows come back as tab-separated cells, each row one line (its wrapped lines merged in).
        var read = PdfTableRows.Of([.. lines.Select(l => l.Words)]);
        var texts = read.Select(r => r?.Text ?? string.Empty).ToList();
        var rights = lines.Select(l => l.Words.Max(w => w.BoundingBox.Right)).ToList();
        var fullWidth = rights.Max();
        var gaps = lines.Zip(lines.Skip(1), (a, b) => a.Baseline - b.Baseline).Where(g => g > 0).Order().ToList();
        var usual = gaps.Count == 0 ? double.MaxValue : gaps[gaps.Count / 2];
        var previous = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (read[i] is not { } line)
            {
                continue;
            }

            if (previous >= 0 && (line.Table || read[previous]!.Value.Table))
            {
                text.Append('\n');
            }
            else if (previous >= 0)
            {
                // A wrapped line fills the width and is followed at the usual spacing; anything else ends a paragraph.
                var wider = lines[previous].Baseline - lines[i].Baseline > usual * 1.3;
                var shortLine = rights[previous] < fullWidth * 0.8;
                var endsSentence = texts[previous].Length > 0 && texts[previous][^1] is '.' or ':' or ';' or '!' or '?' && texts[i].Length > 0 && (char.IsUpper(texts[i][0]) || char.IsDigit(texts[i][0]));
                text.Append(wider || shortLine || endsSentence ? '\n' : ' ');
            }

            text.Append(texts[i]);
            previous = i;
        }

        text.Append('\n');
    }
}
