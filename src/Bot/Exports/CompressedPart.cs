namespace QcdcBot.Bot.Exports;

/// <summary>A package part deflated ahead of its place in the zip, with what the zip's headers say about it.</summary>
internal sealed record CompressedPart(ReadOnlyMemory<byte> Deflated, uint Crc32, long Length);
