using System.IO.Compression;
using System.IO.Hashing;
using System.Runtime.CompilerServices;

namespace QcdcBot.Bot.Exports;

/// <summary>
/// A write-only stream that deflates what it is given into memory and keeps its CRC-32 and length, so a part can be
/// compressed on any thread and placed in the zip later (<see cref="PackageZip"/>).
/// </summary>
internal sealed class PartCompressor : Stream
{
    // A deadline's sheet deflates to about 0.4 MB at 10,000 units: start above that rather than double up to it.
    private readonly MemoryStream _deflated = new(1 << 19);
    private readonly DeflateStream _deflate;
    private readonly Crc32 _crc = new();
    private long _length;

    // Deflate's fastest level: about half a gigabyte of sheet XML at 10,000 units × 50 deadlines compresses in a
    // fraction of the time, for a file a little larger.
    public PartCompressor() => _deflate = new DeflateStream(_deflated, CompressionLevel.Fastest, leaveOpen: true);

    public static CompressedPart Compress(Action<Stream> write)
    {
        using var part = new PartCompressor();
        write(part);
        return part.Complete();
    }

    public CompressedPart Complete()
    {
        _deflate.Dispose();
        return new CompressedPart(_deflated.GetBuffer().AsMemory(0, (int)_deflated.Length), _crc.GetCurrentHashAsUInt32(), _length);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _crc.Append(buffer);
        _length += buffer.Length;
        _deflate.Write(buffer);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    // A deflate flush would add an empty block each time a writer flushes; everything is flushed by Complete.
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _deflate.Dispose();
            _deflated.Dispose();
        }

        base.Dispose(disposing);
    }
}
