namespace QcdcBot.Storage.Delivery;

/// <summary>
/// One message to deliver, as composed. The body is the channel adapter's own JSON and stays opaque here;
/// the dedupe key (unique in the outbox) makes a repeated enqueue of the same message a no-op.
/// </summary>
internal sealed record OutboxItem(string Channel, string ChatId, string? UserId, string BodyJson, string? DedupeKey = null);
