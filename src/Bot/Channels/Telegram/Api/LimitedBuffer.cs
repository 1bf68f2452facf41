using QcdcBot.Bot.Conversation;

namespace QcdcBot.Bot.Channels.Telegram.Api;

/// <summary>A memory stream that refuses to grow past its limit, so a download stops as soon as it is too large.</summary>
internal sealed class LimitedBuffer(long limit) : MemoryStream
{
    public override void Write(byte[] buffer, int offset, int count)
    {
        Check(count);
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Check(buffer.Length);
        base.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Check(count);
        return base.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Check(buffer.Length);
        return base.WriteAsync(buffer, cancellationToken);
    }

    private void Check(int count)
    {
        if (Length + count > limit)
        {
            throw new AttachmentTooLargeException(limit);
        }
    }
}
