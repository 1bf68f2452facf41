using System.Globalization;
using System.Text.Json.Nodes;

namespace QcdcBot.Tests.Zalo;

/// <summary>Events in the published Zalo Bot shape (bare <c>{event_name, message}</c>; <see cref="Wrapped"/> adds the envelope).</summary>
public static class ZaloEvents
{
    private static int _next;

    public static JsonObject Text(string userId, string text, string? messageId = null) =>
        Event("message.text.received", userId, messageId, m => m["text"] = text);

    public static JsonObject Image(string userId, string photoUrl, string? caption = null, string? messageId = null) =>
        Event("message.image.received", userId, messageId, m =>
        {
            m["photo"] = photoUrl;
            if (caption is not null)
            {
                m["caption"] = caption;
            }
        });

    public static JsonObject Sticker(string userId) =>
        Event("message.sticker.received", userId, null, m =>
        {
            m["sticker"] = "bfe458bf64fa8da4d4eb";
            m["url"] = "https://zalo-api.zadn.vn/api/emoticon/sticker/webpc?eid=1";
        });

    public static JsonObject Unsupported(string userId) => Event("message.unsupported.received", userId, null, _ => { });

    public static JsonObject Named(string eventName, string userId) => Event(eventName, userId, null, m => m["text"] = "?");

    public static JsonObject GroupText(string groupId, string userId, string text) =>
        Event("message.text.received", userId, null, m =>
        {
            m["text"] = text;
            m["chat"] = new JsonObject { ["id"] = groupId, ["chat_type"] = "GROUP" };
        });

    /// <summary>The same event in the documented envelope <c>{"ok":true,"result":…}</c>.</summary>
    public static JsonObject Wrapped(JsonObject zaloEvent) => new() { ["ok"] = true, ["result"] = zaloEvent.DeepClone() };

    /// <summary>When Zalo received it (the event's <c>date</c>, ms): what lateness is decided by.</summary>
    public static JsonObject At(this JsonObject zaloEvent, DateTimeOffset at)
    {
        zaloEvent["message"]!["date"] = at.ToUnixTimeMilliseconds();
        return zaloEvent;
    }

    public static string MessageId(JsonObject zaloEvent) => zaloEvent["message"]!["message_id"]!.GetValue<string>();

    private static JsonObject Event(string name, string userId, string? messageId, Action<JsonObject> fill)
    {
        var message = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = userId, ["display_name"] = "Thư ký " + userId[..Math.Min(4, userId.Length)], ["is_bot"] = false },
            ["chat"] = new JsonObject { ["id"] = userId, ["chat_type"] = "PRIVATE" },
            ["message_id"] = messageId ?? Interlocked.Increment(ref _next).ToString("x8", CultureInfo.InvariantCulture) + "e222177a4e35",
            ["date"] = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        fill(message);
        return new JsonObject { ["event_name"] = name, ["message"] = message };
    }
}
