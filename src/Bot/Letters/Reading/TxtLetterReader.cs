using System.Text;

namespace QcdcBot.Bot.Letters.Reading;

internal static class TxtLetterReader
{
    public const string NotUtf8 =
        "Tệp .txt này không phải UTF-8 (có lẽ được lưu bằng bảng mã Windows-1258 hay một bảng mã khác), nên bot không đọc đúng chữ được và chưa đọc gì. " +
        "Trong Notepad: File (Tệp) → Save As (Lưu thành) → ở ô \"Encoding\" chọn \"UTF-8\" → Save, rồi gửi lại tệp mới (hoặc gửi bản .docx).";

    /// <summary>
    /// UTF-8 (with or without BOM) or UTF-16 with a BOM. Anything else (Windows-1258 from an old editor) would be read
    /// as garbage and show "no deadline", so it is refused with how to save it again.
    /// </summary>
    public static LetterText Read(byte[] bytes)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return LetterText.Of(reader.ReadToEnd());
        }

        try
        {
            return LetterText.Of(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF'));
        }
        catch (DecoderFallbackException)
        {
            return LetterText.Refused(NotUtf8);
        }
    }
}
