namespace QcdcBot.Storage.Inbox;

/// <summary>An event as a platform sent it: its id there, the chat it belongs to, the group it is part of (an album), its raw payload.</summary>
internal sealed record ReceivedEvent(string EventId, string? ChatId, string? GroupKey, string Payload);

/// <summary>An event in the inbox waiting to be handled; <see cref="Attempts"/> counts the handlings started.</summary>
internal sealed record InboxEvent(
    long Seq, string Channel, string BotId, string EventId, string? ChatId, string? GroupKey, string Payload, DateTimeOffset ReceivedAt, int Attempts);
