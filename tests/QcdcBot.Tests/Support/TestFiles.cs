using System.IO.Compression;
using QcdcBot.Bot.Conversation.Submissions;

namespace QcdcBot.Tests.Support;

/// <summary>
/// Bytes that open as the type their name says. The bot refuses a ".docx" that is not a Word package, so a test
/// that only cares which file is which gives a payload and gets a well-formed file carrying it: the same payload
/// always gives the same bytes (a re-sent file is recognised), different payloads different files.
/// </summary>
internal static class TestFiles
{
    private static readonly DateTimeOffset Stamp = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The payload itself when it already opens as <paramref name="name"/>'s type, else a file of that type carrying it.</summary>
    public static byte[] WellFormed(string name, byte[] payload)
    {
        // An empty file stays empty: the bot's answer to that is "tệp rỗng", which tests check too.
        if (payload.Length == 0 || FileContent.Check(name, payload) is null)
        {
            return payload;
        }

        byte[] Prefixed(params byte[] head) => [.. head, .. payload];
        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".docx" or ".xlsx" or ".pptx" => Zip("[Content_Types].xml", payload),
            ".odt" or ".ods" => Zip("mimetype", payload),
            ".doc" or ".xls" or ".ppt" => Prefixed(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
            ".pdf" => Prefixed("%PDF-1.7\n"u8.ToArray()),
            ".jpg" or ".jpeg" => Prefixed(0xFF, 0xD8, 0xFF, 0xE0),
            ".png" => Prefixed(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A),
            _ => payload,
        };
    }

    private static byte[] Zip(string marker, byte[] payload)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (entryName, bytes) in new[] { (marker, "<Types/>"u8.ToArray()), ("payload.bin", payload) })
            {
                var entry = zip.CreateEntry(entryName, CompressionLevel.NoCompression);
                entry.LastWriteTime = Stamp;
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
    }
}
