using QcdcBot.Bot.Conversation;

namespace QcdcBot.Bot.Channels;

/// <summary>
/// A channel that can send a message to a conversation outside any turn: proactive messages, reminders, digests.
/// One per channel (<see cref="Channel"/> is the <see cref="ConversationReference.Channel"/> it serves).
/// </summary>
internal interface IChannelSender
{
    string Channel { get; }

    Task SendAsync(ConversationReference to, OutboundMessage message, CancellationToken ct);
}
