using System.Globalization;
using System.Text.Json;
using QcdcBot.Storage.Inbox;
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
    public static ReceivedEvent? From(JsonElement update)
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
        return new ReceivedEvent(updateId.ToString(CultureInfo.InvariantCulture), chatId, album, update.GetRawText());
    }

    /// <summary>The update_id of an event stored from Telegram.</summary>
    public static long UpdateId(ReceivedEvent e) => long.Parse(e.EventId, CultureInfo.InvariantCulture);

    public static ReceivedEvent? From(string json)
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

    /// <summary>
    /// The update in Telegram.Bot's model, or null when the model refuses it (a date past year 9999…) or it lacks
    /// what Telegram always sends and the bot relies on (a chat, a sender, a file_id).
    /// </summary>
    public static Update? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options) is { } update && IsComplete(update) ? update : null;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException or OverflowException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }

    private static bool IsComplete(Update update) => update switch
    {
        { Message: { } m } => IsComplete(m),
        { CallbackQuery: { } q } => !string.IsNullOrEmpty(q.Id) && q.From is not null && (q.Message is null || IsComplete(q.Message)),
        { MyChatMember: { } c } => c.Chat is not null && c.From is not null && c.OldChatMember?.User is not null && c.NewChatMember?.User is not null,
        _ => true,
    };

    private static bool IsComplete(Message m) =>
        m.Chat is not null
        && (m.Document is null || !string.IsNullOrEmpty(m.Document.FileId))
        && (m.Photo is null || m.Photo.All(p => p is not null && !string.IsNullOrEmpty(p.FileId)))
        && (m.ReplyToMessage is null || m.ReplyToMessage.Chat is not null);

    private static JsonElement? Child(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } element && element.TryGetProperty(name, out var child) && child.ValueKind != JsonValueKind.Null ? child : null;
}
