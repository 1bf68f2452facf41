namespace QcdcBot.Bot.Conversation;

/// <summary>
/// One thing a person did in a chat, in no platform's terms. Every channel adapter maps its updates to this.
/// <see cref="SentAt"/> is when the platform received it: a file sent at 23:55 on the due day is on time even if the
/// bot handles it after midnight (a backlog, a restart, a "which deadline?" answered later).
/// <see cref="DefaultDeadlineId"/> is for channels where nobody can reply to a message (Zalo): the deadline the chat
/// was last told about, taken when an answer names none and the unit has several; <see cref="DefaultDeadlineAt"/> is
/// when it was told, so a page window that began before it is known to be over.
/// <see cref="FileWithheld"/>: the person sent a file the channel does not pass on (a Word/PDF in a Zalo chat).
/// </summary>
internal sealed record InboundActivity(
    string Channel,
    string ChatId,
    string UserId,
    string DisplayName,
    string Text,
    IReadOnlyList<InboundAttachment> Attachments,
    string? ReplyToMessageId = null,
    string? ButtonPayload = null,
    bool IsGroup = false,
    string? MessageId = null,
    DateTimeOffset? SentAt = null,
    long? DefaultDeadlineId = null,
    DateTimeOffset? DefaultDeadlineAt = null,
    bool FileWithheld = false)
{
    public string CallerKey => $"{Channel}:{UserId}";

    public ConversationReference Reference => new(Channel, ChatId, UserId);
}

/// <summary>A file that came with the activity. The bytes are fetched only after the size and type pass.</summary>
internal sealed record InboundAttachment(string Name, string ContentType, long Size, Func<CancellationToken, Task<byte[]>> FetchAsync);
