using System.IO.Compression;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// Whether a file's bytes are what its extension says, so a renamed text file or a broken download does not get an
/// on-time receipt. One check for every way in: chat files, Zalo photos and the upload page.
/// </summary>
internal static class FileContent
{
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    /// <summary>Why the bytes cannot be opened as the extension says (a Vietnamese sentence naming the file), or null.</summary>
    public static string? Check(string name, byte[] bytes)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var (opens, advice) = extension switch
        {
            ".docx" or ".xlsx" or ".pptx" => (IsOpenXml(bytes), Advice(extension)),
            ".doc" or ".xls" or ".ppt" => (bytes.AsSpan().StartsWith(Ole), Advice(extension)),
            ".odt" or ".ods" => (IsOpenDocument(bytes), "xin lưu lại bằng LibreOffice hoặc Word rồi gửi lại"),
            // Acrobat accepts the header anywhere in the first kilobyte; some scanners write a few bytes before it.
            ".pdf" => (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) >= 0, "xin xuất (lưu) lại thành PDF rồi gửi lại"),
            // A photo saved under another image extension still opens everywhere: any image format will do.
            ".jpg" or ".jpeg" or ".png" or ".gif" or ".webp" => (IsImage(bytes), "xin chụp lại hoặc lưu ảnh thành JPG rồi gửi lại"),
            _ => (true, string.Empty),
        };
        return opens ? null : $"\"{name}\": tệp không mở được như {extension}; {advice}.";
    }

    private static string Advice(string extension) => extension switch
    {
        ".docx" or ".doc" => "xin lưu lại bằng Word rồi gửi lại",
        ".xlsx" or ".xls" => "xin lưu lại bằng Excel rồi gửi lại",
        _ => "xin lưu lại bằng PowerPoint rồi gửi lại",
    };

    /// <summary>Whether the bytes are a picture of any type a phone sends (JPEG, PNG, GIF, WebP).</summary>
    public static bool IsImage(ReadOnlySpan<byte> b) => ImageExtension(b) is not null;

    /// <summary>
    /// The name with the extension its bytes really have when an image came under another image type (a Zalo
    /// screenshot is a PNG, a phone may save a PNG as .jpg), so it is stored and served as what it is.
    /// </summary>
    public static string RealImageName(string name, byte[] bytes)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var real = ImageExtension(bytes);
        return extension is not (".jpg" or ".jpeg" or ".png" or ".gif" or ".webp") || real is null || real == extension || (real, extension) is (".jpg", ".jpeg")
            ? name
            : Path.ChangeExtension(name, real);
    }

    private static string? ImageExtension(ReadOnlySpan<byte> b) =>
        b.StartsWith(Jpeg) ? ".jpg"
        : b.StartsWith(Png) ? ".png"
        : b.StartsWith("GIF87a"u8) || b.StartsWith("GIF89a"u8) ? ".gif"
        : b.Length >= 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8) ? ".webp"
        : null;

    /// <summary>Word, Excel and PowerPoint files are zip packages that list their parts in [Content_Types].xml.</summary>
    private static bool IsOpenXml(byte[] bytes) => ZipHas(bytes, "[Content_Types].xml");

    private static bool IsOpenDocument(byte[] bytes) => ZipHas(bytes, "mimetype");

    private static bool ZipHas(byte[] bytes, string entry)
    {
        if (!bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return false;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry(entry) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
