using QcdcBot.Storage.Delivery;

namespace QcdcBot.Scheduling.Delivery;

/// <summary>
/// Port: delivers one outbox message through its channel. Implemented by the Bot (Telegram, …), which alone
/// understands the body JSON. Map the channel's answer to a <see cref="SendResult"/>; an exception counts as transient.
/// </summary>
internal interface IMessageSender
{
    Task<SendResult> SendAsync(OutboxMessage message, CancellationToken ct);
}
