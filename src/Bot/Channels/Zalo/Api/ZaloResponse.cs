using System.Text.Json;
using System.Text.Json.Serialization;

namespace QcdcBot.Bot.Channels.Zalo.Api;

/// <summary>Every Bot API answer: <c>{"ok":true,"result":…}</c> or <c>{"ok":false,"error_code":…,"description":…}</c>.</summary>
internal sealed record ZaloResponse(bool Ok, [property: JsonPropertyName("result")] JsonElement Payload = default, int? ErrorCode = null, string? Description = null);

/// <summary>getMe: the bot's id and name; <see cref="CanJoinGroups"/> says whether groups are open to it.</summary>
internal sealed record ZaloBotInfo(string Id, string? AccountName = null, string? DisplayName = null, bool CanJoinGroups = false);

/// <summary>sendMessage / sendPhoto: the sent message's id and when (ms since the epoch).</summary>
internal sealed record ZaloSentMessage(string MessageId, long Date = 0);

internal sealed record ZaloWebhookInfo(string? Url = null, long UpdatedAt = 0);
