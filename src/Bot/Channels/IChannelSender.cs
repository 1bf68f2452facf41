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

    /// <summary>
    /// As <see cref="SendAsync"/>, but a channel that links what it sent to the message's deadline may hand that write
    /// back as <see cref="ChannelSent.Link"/>, for the outbox to run once it has freed the platform's rate window (our
    /// own write must not stretch it) and once the message counts as delivered (a failed link must not repeat it).
    /// </summary>
    async Task<ChannelSent> SendThenLinkAsync(ConversationReference to, OutboundMessage message, CancellationToken ct) =>
        new(await SendAsync(to, message, ct), null);
}

/// <summary>The platform's id of the first part sent, and the deadline link still to write, if any.</summary>
internal sealed record ChannelSent(string? Id, Func<CancellationToken, Task>? Link);
