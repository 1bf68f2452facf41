using QcdcBot.Bot.Conversation;

namespace QcdcBot.Bot.Channels;

/// <summary>
/// A channel that can send a message to a conversation outside any turn: replies through the outbox, proactive
/// messages, reminders, digests. One per channel (<see cref="Channel"/> is the <see cref="ConversationReference.Channel"/> it serves).
/// </summary>
internal interface IChannelSender
{
    string Channel { get; }

    /// <summary>True once the channel has given up (its token refused): it neither receives nor sends until restarted with a new one.</summary>
    bool IsStopped => false;

    /// <summary>Sends the message (split as the channel needs) and returns the platform's id of its first part.</summary>
    /// <exception cref="ChannelDeliveryException">The channel refused or could not take the message.</exception>
    Task<string?> SendAsync(ConversationReference to, OutboundMessage message, CancellationToken ct);
}
