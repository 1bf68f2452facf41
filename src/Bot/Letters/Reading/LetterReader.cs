using System.Text;

namespace QcdcBot.Bot.Letters.Reading;

/// <summary>Reads a letter file (.docx, .pdf with a text layer, .txt) into NFC text, one paragraph per line.</summary>
internal static class LetterReader
{
    public const string Accepted = ".docx, .pdf (có lớp chữ) hoặc .txt";

    public static bool CanRead(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".docx" or ".pdf" or ".txt";

    public static LetterText Read(string fileName, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return LetterText.Refused($"Tệp \"{fileName}\" rỗng (0 byte), không có gì để đọc.");
        }

        var read = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".docx" => DocxLetterReader.Read(bytes),
            ".pdf" => PdfLetterReader.Read(bytes),
            ".txt" => TxtLetterReader.Read(bytes),
            ".doc" => LetterText.Refused("Bot chưa đọc được tệp .doc (Word 97-2003). Xin mở tệp trong Word và lưu thành .docx rồi gửi lại."),
            _ => LetterText.Refused($"Bot đọc được công văn dạng {Accepted}; \"{fileName}\" không phải các loại đó."),
        };
        if (read.Text is not { } text)
        {
            return read;
        }

        var normalized = Normalize(text);
        return normalized.Trim().Length == 0
            ? LetterText.Refused($"Tệp \"{fileName}\" không có chữ nào đọc được.")
            : LetterText.Of(normalized);
    }

    /// <summary>
    /// NFC (the seed letters mix NFC and NFD), LF line ends, no zero-width marks. Tabs stay: a letter's header puts
    /// its number and date after tabs, and the date reader relies on that.
    /// </summary>
    public static string Normalize(string text)
    {
        var cleaned = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                c = '\n';
            }

            if (c is >= '\u200B' and <= '\u200D' or '\u2060' or '\uFEFF' || (char.IsControl(c) && c is not '\n' and not '\t'))
            {
                continue;
            }

            if (char.IsSurrogate(c) && !char.IsSurrogatePair(text, i) && !(i > 0 && char.IsSurrogatePair(text, i - 1)))
            {
                c = '\uFFFD';
            }

            cleaned.Append(c == '\u00A0' ? ' ' : c);
        }

        return JoinWrappedLines(cleaned.ToString().Normalize(NormalizationForm.FormC));
    }

    /// <summary>
    /// A line break inside a sentence (a soft break in Word, a hard-wrapped .txt) would cut the sentence in two and
    /// lose its title and units: a line that does not end a sentence, followed by one that starts in lower case (or
    /// any word after a comma), is the same sentence. Table rows (with tabs) and headings in capitals stay lines of their own.
    /// </summary>
    private static string JoinWrappedLines(string text)
    {
        var joined = new StringBuilder(text.Length);
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n')
            {
                continue;
            }

            var line = text.AsSpan(lineStart, i - lineStart).TrimEnd();
            var next = i + 1;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            // After a comma the list or the sentence goes on, whatever the case of the next word ("Ngân hàng Nhà nước,⏎Sở Y tế").
            var wrapped = line.Length > 0 && line[^1] is not ('.' or ';' or ':' or '!' or '?') && line.IndexOf('\t') < 0
                          && next < text.Length && (char.IsLower(text[next]) || (line[^1] == ',' && char.IsLetter(text[next])))
                          && text.AsSpan(next, NextLineLength(text, next)).IndexOf('\t') < 0;
            joined.Append(text, lineStart, i - lineStart).Append(wrapped ? ' ' : '\n');
            lineStart = i + 1;
        }

        return joined.Append(text, lineStart, text.Length - lineStart).ToString();
    }

    private static int NextLineLength(string text, int start) =>
        (text.IndexOf('\n', start) is var end and >= 0 ? end : text.Length) - start;
}
