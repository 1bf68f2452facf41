namespace QcdcBot.Bot.Channels.Zalo.Api;

/// <summary>A file Zalo serves is over the size cap: its size when Zalo said it (Content-Length), else only that it passed the cap.</summary>
internal sealed class ZaloFileTooLargeException(long? size)
    : Exception("Zalo image download refused: file larger than the size limit")
{
    public long? Size { get; } = size;
}
