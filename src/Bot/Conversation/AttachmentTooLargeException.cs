namespace QcdcBot.Bot.Conversation;

/// <summary>
/// Fetching an attachment brought more than <see cref="Limit"/> bytes: the channel declared a smaller size, or none.
/// The fetch stops there; the person gets the "too large" answer.
/// </summary>
internal sealed class AttachmentTooLargeException(long limit) : Exception($"attachment larger than {limit} bytes")
{
    public long Limit { get; } = limit;
}
