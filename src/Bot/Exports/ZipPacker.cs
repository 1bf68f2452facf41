using System.IO.Compression;

namespace QcdcBot.Bot.Exports;

/// <summary>
/// Packs chunks into as few .zip files as fit under a size limit, in order, never splitting a chunk unless the
/// chunk alone is over the limit (then its files are packed one by one).
/// </summary>
internal static class ZipPacker
{
    public static PackResult Pack(IReadOnlyList<ArchiveChunk> chunks, long limit)
    {
        var empty = Zip([]).LongLength;
        var split = new List<string>();
        var tooLarge = new List<string>();
        var pieces = new List<(ArchiveChunk Chunk, long Size)>();
        foreach (var chunk in chunks)
        {
            // A zip is its entries one after another plus a fixed end record, so a chunk's share is its size
            // zipped alone minus that record; the real part is measured again below before it is accepted.
            var size = Zip(chunk.Entries).LongLength - empty;
            if (empty + size <= limit || chunk.Entries.Count == 1)
            {
                pieces.Add((chunk, size));
                continue;
            }

            split.Add(chunk.Label);
            pieces.AddRange(chunk.Entries.Select(e => (new ArchiveChunk(chunk.Label, [e]), Zip([e]).LongLength - empty)));
        }

        var parts = new List<PackedPart>();
        var next = 0;
        while (next < pieces.Count)
        {
            var take = new List<(ArchiveChunk Chunk, long Size)> { pieces[next] };
            var total = empty + pieces[next].Size;
            while (next + take.Count < pieces.Count && total + pieces[next + take.Count].Size <= limit)
            {
                total += pieces[next + take.Count].Size;
                take.Add(pieces[next + take.Count]);
            }

            var bytes = Zip(take.SelectMany(p => p.Chunk.Entries).ToList());
            while (bytes.LongLength > limit && take.Count > 1)
            {
                take.RemoveAt(take.Count - 1);
                bytes = Zip(take.SelectMany(p => p.Chunk.Entries).ToList());
            }

            if (bytes.LongLength > limit)
            {
                tooLarge.AddRange(take.SelectMany(p => p.Chunk.Entries).Select(e => e.Path));
            }

            parts.Add(new PackedPart(bytes, take.Select(p => p.Chunk.Label).Distinct().ToList()));
            next += take.Count;
        }

        return new PackResult(parts, split, tooLarge);
    }

    public static byte[] Zip(IReadOnlyList<ArchiveEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                var zipped = zip.CreateEntry(entry.Path, CompressionLevel.Optimal);
                // Set explicitly: the default is the machine's clock, which makes the archive differ run to run.
                zipped.LastWriteTime = entry.LastWrite;
                using var content = zipped.Open();
                content.Write(entry.Bytes);
            }
        }

        return stream.ToArray();
    }
}
