using System.Globalization;
using System.Text.Json;
using QcdcBot.Storage.Telegram;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>
/// What the inbox needs to know of an update's raw JSON — its id, chat and album — read without the full model, so
/// that an update the model refuses is still stored, acknowledged, and answered in its chat.
/// </summary>
internal static class TelegramUpdateInfo
{
    /// <summary>Null when the JSON is not an object with an Int64 update_id (not an update the inbox can keep).</summary>
    public static ReceivedUpdate? From(JsonElement update)
    {
        if (update.ValueKind != JsonValueKind.Object || !update.TryGetProperty("update_id", out var id)
            || id.ValueKind != JsonValueKind.Number || !id.TryGetInt64(out var updateId))
        {
            return null;
        }

        var message = Child(update, "message");
        var chat = Child(message, "chat") ?? Child(Child(Child(update, "callback_query"), "message"), "chat") ?? Child(Child(update, "my_chat_member"), "chat");
        var chatId = Child(chat, "id") is { ValueKind: JsonValueKind.Number } number && number.TryGetInt64(out var n) ? n.ToString(CultureInfo.InvariantCulture) : null;
        var album = Child(message, "media_group_id") is { ValueKind: JsonValueKind.String } group ? group.GetString() : null;
        return new ReceivedUpdate(updateId, chatId, album, update.GetRawText());
    }

    public static ReceivedUpdate? From(string json)
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

    /// <summary>The update in Telegram.Bot's model, or null when the model refuses it (a missing field, a date past year 9999…).</summary>
    public static Update? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException or OverflowException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }

    private static JsonElement? Child(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } element && element.TryGetProperty(name, out var child) && child.ValueKind != JsonValueKind.Null ? child : null;
}
