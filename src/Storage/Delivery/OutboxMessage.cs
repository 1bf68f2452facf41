namespace QcdcBot.Storage.Delivery;

/// <summary>An outbox row: what to send, and how delivery has gone so far.</summary>
internal sealed record OutboxMessage(
    long Id,
    DateTimeOffset CreatedAt,
    string Channel,
    string ChatId,
    string? UserId,
    string BodyJson,
    string? DedupeKey,
    OutboxState State,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? SentAt,
    string? LastError,
    string? ExternalMessageId);
