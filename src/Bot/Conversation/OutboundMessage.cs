namespace QcdcBot.Bot.Conversation;

/// <summary>
/// Something the bot says. Choices become buttons where the channel has them and numbered options where it does not;
/// a choice's payload is what the bot receives back when it is picked (typed "2" or pressed).
/// </summary>
internal sealed record OutboundMessage(string Text)
{
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>
    /// One of the choices already does nothing ("Không", "Giữ nguyên"); otherwise channels that number the choices
    /// add "0) Không" (<see cref="WayOut"/>), which the core takes as leaving the question.
    /// </summary>
    public bool HasWayOut { get; init; }

    /// <summary>
    /// The choices are shortcuts beside a notice (a reminder's "đang làm", "xin gia hạn"), not a question: nothing
    /// waits on an answer, so no "0) Không" is added under them.
    /// </summary>
    public bool Shortcuts { get; init; }

    public OutboundDocument? Document { get; init; }

    /// <summary>The deadline this message is about: a reply to it is linked to that deadline.</summary>
    public long? AboutDeadlineId { get; init; }

    /// <summary>The platform id of the message this one answers, where the channel threads replies (groups).</summary>
    public string? ReplyToMessageId { get; init; }
}

internal sealed record Choice(string Label, string Payload)
{
    /// <summary>The number to type for this choice where it is not its position (a deadline's own #id); null for the position.</summary>
    public long? Number { get; init; }
}

internal sealed record OutboundDocument(string FileName, string ContentType, byte[] Bytes);

/// <summary>Where to reach a conversation later: enough to send a proactive message.</summary>
internal sealed record ConversationReference(string Channel, string ChatId, string? UserId);

/// <summary>A message for a conversation other than the one the turn came from.</summary>
internal sealed record ProactiveMessage(ConversationReference To, OutboundMessage Message);

internal sealed record TurnResult(IReadOnlyList<OutboundMessage> Replies, IReadOnlyList<ProactiveMessage> Proactive);
