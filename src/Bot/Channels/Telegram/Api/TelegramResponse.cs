using System.Text.Json;
using System.Text.Json.Serialization;

namespace QcdcBot.Bot.Channels.Telegram.Api;

/// <summary>Every Bot API answer: <c>{"ok":true,"result":…}</c> or <c>{"ok":false,"error_code":…,"description":…}</c>.</summary>
internal sealed record TelegramResponse(bool Ok, [property: JsonPropertyName("result")] JsonElement Payload = default, int? ErrorCode = null, string? Description = null, TelegramResponseParameters? Parameters = null);

internal sealed record TelegramResponseParameters(int? RetryAfter = null, long? MigrateToChatId = null);

internal sealed record TelegramFile(string FileId, string? FileUniqueId = null, long? FileSize = null, string? FilePath = null);

internal sealed record TelegramWebhookInfo(string Url, int PendingUpdateCount = 0, string? LastErrorMessage = null);
