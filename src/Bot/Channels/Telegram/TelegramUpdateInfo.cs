using System.Globalization;
using System.Text.Json;
using QcdcBot.Bot.Channels.Telegram.Api;
using QcdcBot.Storage.Inbox;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>What the inbox needs to know of an update's raw JSON: its id, chat and album.</summary>
internal static class TelegramUpdateInfo
{
    /// <summary>The update_id of an event stored from Telegram.</summary>
    public static long UpdateId(ReceivedEvent e) => long.Parse(e.EventId, CultureInfo.InvariantCulture);

    /// <summary>Null when the JSON has no update_id (not an update at all).</summary>
    public static ReceivedEvent? From(string json)
    {
        long updateId;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("update_id", out var id) || !id.TryGetInt64(out updateId))
            {
                return null;
            }
        }
        catch (JsonException)
        {
            return null;
        }

        TelegramUpdate? update = null;
        try
        {
            update = TelegramJson.ParseUpdate(json);
        }
        catch (JsonException)
        {
            // Stored anyway, so that it is acknowledged; the processor logs and skips it.
        }

        var chat = update?.Message?.Chat ?? update?.CallbackQuery?.Message?.Chat ?? update?.MyChatMember?.Chat;
        return new ReceivedEvent(updateId.ToString(CultureInfo.InvariantCulture), chat?.Id.ToString(CultureInfo.InvariantCulture), update?.Message?.MediaGroupId, json);
    }
}
