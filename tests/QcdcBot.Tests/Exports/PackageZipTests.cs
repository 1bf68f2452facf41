using System.IO.Compression;
using System.Text;
using QcdcBot.Bot.Exports;

namespace QcdcBot.Tests.Exports;

public sealed class PackageZipTests
{
    [Fact]
    public async Task Parts_compressed_apart_open_with_ZipArchive_in_the_order_added_with_their_bytes_sizes_and_crc()
    {
        var random = new Random(9);
        var large = new byte[3_000_000];
        random.NextBytes(large.AsSpan(0, 1_000_000)); // incompressible, then repetitive
        Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<c r=\"B2\" t=\"inlineStr\"><is><t>Chi bộ số 1</t></is></c>", 40_000))).AsSpan(0, 2_000_000).CopyTo(large.AsSpan(1_000_000));
        var parts = new (string Name, byte[] Bytes)[]
        {
            ("xl/styles.xml", Encoding.UTF8.GetBytes("<styleSheet>ạ</styleSheet>")),
            ("xl/worksheets/sheet1.xml", large),
            ("empty.xml", []),
            ("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types/>")),
        };

        using var output = new MemoryStream();
        var zip = new PackageZip(output);
        // Compressed on other threads, placed in order: as the workbook's sheets are.
        var compressed = parts.Select(p => Task.Run(() => PartCompressor.Compress(s => s.Write(p.Bytes)))).ToList();
        for (var i = 0; i < parts.Length; i++)
        {
            zip.Add(parts[i].Name, await compressed[i]);
        }

        zip.Finish();

        output.Position = 0;
        using var archive = new ZipArchive(output, ZipArchiveMode.Read);
        Assert.Equal(parts.Select(p => p.Name), archive.Entries.Select(e => e.FullName));
        foreach (var (entry, part) in archive.Entries.Zip(parts))
        {
            Assert.Equal(part.Bytes.Length, entry.Length);
            Assert.Equal(Crc32(part.Bytes), entry.Crc32);
            using var read = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(read);
            }

            Assert.Equal(part.Bytes, read.ToArray());
        }

        Assert.True(archive.Entries[1].CompressedLength < large.Length / 2);
    }

    // The CRC-32 of zip (reflected polynomial 0xEDB88320), bit by bit: independent of the table the writer uses.
    private static uint Crc32(byte[] bytes)
    {
        var crc = uint.MaxValue;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
