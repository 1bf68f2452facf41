namespace QcdcBot.Storage.Telegram;

/// <summary>An update as Telegram sent it: its id, where it came from, and its raw JSON.</summary>
internal sealed record ReceivedUpdate(long UpdateId, string? ChatId, string? MediaGroupId, string Payload);

/// <summary>An update in the inbox, waiting to be handled or being handled.</summary>
internal sealed record StoredUpdate(long UpdateId, string? ChatId, string? MediaGroupId, string Payload, DateTimeOffset ReceivedAt);
