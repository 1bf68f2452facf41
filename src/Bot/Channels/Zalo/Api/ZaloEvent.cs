using System.Text.Json;

namespace QcdcBot.Bot.Channels.Zalo.Api;

/// <summary>
/// One event from getUpdates or the webhook, read leniently: wrapped (<c>{ok,result:{event_name,message}}</c>) or bare
/// (<c>{event_name,message}</c>), ids as strings or numbers, <c>photo</c> or <c>photo_url</c>.
/// </summary>
internal sealed record ZaloEvent(string EventName, ZaloMessage Message)
{
    public const string Text = "message.text.received";
    public const string Image = "message.image.received";
    public const string Sticker = "message.sticker.received";
    public const string Voice = "message.voice.received";
    public const string Unsupported = "message.unsupported.received";

    /// <summary>Not documented for the Bot Platform; some code listens for it, so if it comes it is answered, not dropped.</summary>
    public const string File = "message.file.received";

    /// <summary>The event, or null when the body is not an event at all (no event name, no message id, no chat).</summary>
    public static ZaloEvent? Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return From(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static ZaloEvent? From(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("result", out var result) && result.ValueKind == JsonValueKind.Object)
        {
            root = result;
        }

        if (ZaloJson.Text(root, "event_name") is not { } name || !root.TryGetProperty("message", out var m) || m.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var from = m.TryGetProperty("from", out var f) ? f : default;
        var chat = m.TryGetProperty("chat", out var c) ? c : default;
        if (ZaloJson.Text(m, "message_id") is not { } messageId || ZaloJson.Text(chat, "id") is not { } chatId)
        {
            return null;
        }

        var date = long.TryParse(ZaloJson.Text(m, "date"), out var ms) ? ms : 0;
        var message = new ZaloMessage(
            messageId,
            date,
            new ZaloChat(chatId, string.Equals(ZaloJson.Text(chat, "chat_type"), "GROUP", StringComparison.OrdinalIgnoreCase)),
            ZaloJson.Text(from, "id") ?? chatId,
            ZaloJson.Text(from, "display_name"),
            from.ValueKind == JsonValueKind.Object && from.TryGetProperty("is_bot", out var isBot) && isBot.ValueKind == JsonValueKind.True,
            ZaloJson.Text(m, "text"),
            ZaloJson.Text(m, "photo") ?? ZaloJson.Text(m, "photo_url"),
            ZaloJson.Text(m, "caption"));
        return new ZaloEvent(name, message);
    }
}

/// <summary>The part of an event's message the bot uses. <see cref="Date"/> is when Zalo received it, in ms since the epoch.</summary>
internal sealed record ZaloMessage(
    string MessageId,
    long Date,
    ZaloChat Chat,
    string FromId,
    string? DisplayName,
    bool FromBot,
    string? Text,
    string? PhotoUrl,
    string? Caption);

/// <summary>A private chat's id is the person's id; a group's is the group's.</summary>
internal sealed record ZaloChat(string Id, bool IsGroup);
