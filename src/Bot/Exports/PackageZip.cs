using System.Buffers.Binary;
using System.Text;

namespace QcdcBot.Bot.Exports;

/// <summary>
/// A zip written forward only from parts deflated beforehand (<see cref="PartCompressor"/>), so the workbook's sheets
/// can be compressed on both cores and still land in the file in order. ZipArchive compresses only what is written
/// through it, on the thread that writes. Sizes and CRC are known before each entry, so no data descriptors; no zip64
/// (a workbook's parts stay far below 4 GB), and entries are dated 1980-01-01 so the same store gives the same file.
/// </summary>
internal sealed class PackageZip(Stream output)
{
    private const ushort Version = 20;
    private const ushort Deflated = 8;
    private const ushort Utf8Names = 1 << 11;
    private const ushort DosDate = (0 << 9) | (1 << 5) | 1;

    private readonly List<(byte[] Name, CompressedPart Part, long Offset)> _entries = [];
    private long _written;

    public void Add(string name, CompressedPart part)
    {
        if (part.Length >= uint.MaxValue || _written >= uint.MaxValue || _entries.Count >= ushort.MaxValue)
        {
            throw new IOException($"{name}: the workbook is too large for a zip without zip64");
        }

        var encoded = Encoding.UTF8.GetBytes(name);
        Span<byte> header = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], Utf8Names);
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], Deflated);
        BinaryPrimitives.WriteUInt16LittleEndian(header[10..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(header[12..], DosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(header[14..], part.Crc32);
        BinaryPrimitives.WriteUInt32LittleEndian(header[18..], (uint)part.Deflated.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[22..], (uint)part.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], (ushort)encoded.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0);
        _entries.Add((encoded, part, _written));
        Write(header);
        Write(encoded);
        Write(part.Deflated.Span);
    }

    /// <summary>The central directory and its end record: until then the output is not a zip.</summary>
    public void Finish()
    {
        var start = _written;
        Span<byte> header = stackalloc byte[46];
        foreach (var (name, part, offset) in _entries)
        {
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version);
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], Version);
            BinaryPrimitives.WriteUInt16LittleEndian(header[8..], Utf8Names);
            BinaryPrimitives.WriteUInt16LittleEndian(header[10..], Deflated);
            BinaryPrimitives.WriteUInt16LittleEndian(header[14..], DosDate);
            BinaryPrimitives.WriteUInt32LittleEndian(header[16..], part.Crc32);
            BinaryPrimitives.WriteUInt32LittleEndian(header[20..], (uint)part.Deflated.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(header[24..], (uint)part.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(header[28..], (ushort)name.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], (uint)offset);
            Write(header);
            Write(name);
        }

        if (_written >= uint.MaxValue)
        {
            throw new IOException("the workbook is too large for a zip without zip64");
        }

        Span<byte> end = stackalloc byte[22];
        end.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)_entries.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)_entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)(_written - start));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)start);
        Write(end);
        output.Flush();
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        output.Write(bytes);
        _written += bytes.Length;
    }
}
