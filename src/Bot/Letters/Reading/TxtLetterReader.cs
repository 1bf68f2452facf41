using System.Text;

namespace QcdcBot.Bot.Letters.Reading;

internal static class TxtLetterReader
{
    /// <summary>UTF-8 (with or without BOM) or UTF-16 with a BOM; the office's text files are one of those.</summary>
    public static string Read(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
