using System.Text.Json;
using QcdcBot.Bot.Channels;
using QcdcBot.Bot.Conversation;
using QcdcBot.Scheduling.Delivery;
using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Bot.Delivery;

/// <summary>
/// The dispatcher's way out: turns an outbox row back into a message, hands it to its channel, links the sent
/// message to its deadline (so a reply to it is about that deadline), and maps the channel's answer.
/// </summary>
internal sealed class ChannelMessageSender(IEnumerable<IChannelSender> channels, SubmissionStore files, ChannelHealth health) : IMessageSender
{
    private readonly Dictionary<string, IChannelSender> _channels = channels.ToDictionary(c => c.Channel, StringComparer.OrdinalIgnoreCase);

    public async Task<SendResult> SendAsync(OutboxMessage row, CancellationToken ct)
    {
        if (!_channels.TryGetValue(row.Channel, out var channel))
        {
            return SendResult.Permanent($"no channel '{row.Channel}' is configured");
        }

        OutboxBody body;
        try
        {
            body = OutboxBody.FromJson(row.BodyJson);
        }
        catch (JsonException e)
        {
            return SendResult.Permanent($"unreadable body: {e.Message}");
        }

        var message = new OutboundMessage(body.Text) { Choices = body.Choices, AboutDeadlineId = body.AboutDeadlineId, ReplyToMessageId = body.ReplyToMessageId, HasWayOut = body.HasWayOut, Shortcuts = body.Shortcuts };
        if (body.Document is { } d)
        {
            var bytes = await files.ReadFileAsync(d.Sha256, ct);
            if (bytes is null)
            {
                return SendResult.Permanent($"document {d.Sha256[..12]} is not in the store");
            }

            message = message with { Document = new OutboundDocument(d.FileName, d.ContentType, bytes) };
        }

        ChannelSent sent;
        try
        {
            // The channel links what it sent to the message's deadline, so a reply to it is about that deadline.
            sent = await channel.SendThenLinkAsync(new ConversationReference(row.Channel, row.ChatId, row.UserId), message, ct);
        }
        catch (ChannelDeliveryException e)
        {
            return e.Failure switch
            {
                DeliveryFailure.RateLimited => SendResult.RetryAfter(e.RetryAfter ?? TimeSpan.FromSeconds(1)),
                DeliveryFailure.Permanent => SendResult.Permanent(e.Message),
                DeliveryFailure.Unreachable => SendResult.Unreachable(e.Message),
                _ => SendResult.Transient(e.Message),
            };
        }

        health.Sent(row.Channel);
        return SendResult.Delivered(sent.Id, sent.Link);
    }
}
