namespace QcdcBot.Bot.Exports;

/// <summary>One file to put in an archive, at a path already made safe.</summary>
internal sealed record ArchiveEntry(string Path, byte[] Bytes, DateTimeOffset LastWrite);

/// <summary>Entries that belong together (one unit's folder) and go into the same part when they fit.</summary>
internal sealed record ArchiveChunk(string Label, IReadOnlyList<ArchiveEntry> Entries);

/// <summary>One finished .zip and the units (labels) it holds.</summary>
internal sealed record PackedPart(byte[] Bytes, IReadOnlyList<string> Labels);

/// <summary>
/// The parts, the units that had to be spread over several parts because they alone exceed the limit, and the
/// files that exceed it by themselves (their part is over the limit: a file is never cut).
/// </summary>
internal sealed record PackResult(IReadOnlyList<PackedPart> Parts, IReadOnlyList<string> SplitUnits, IReadOnlyList<string> TooLargeFiles);
