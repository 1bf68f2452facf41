using System.Text.Json.Nodes;

namespace QcdcBot.Load;

/// <summary>Telegram-shaped updates from private chats (the chat id is the user id).</summary>
internal static class Updates
{
    public static JsonObject Text(long user, string text) => new()
    {
        ["message"] = Message(user, text),
    };

    public static JsonObject Document(long user, string name) => new()
    {
        ["message"] = new JsonObject
        {
            ["message_id"] = Random.Shared.Next(1, int.MaxValue),
            ["date"] = 1_800_000_000,
            ["from"] = From(user),
            ["chat"] = new JsonObject { ["id"] = user, ["type"] = "private", ["first_name"] = "Thư ký" },
            ["document"] = new JsonObject { ["file_id"] = "doc-" + user, ["file_unique_id"] = "u" + user, ["file_name"] = name, ["mime_type"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ["file_size"] = 50 * 1024 },
            ["caption"] = "bao cao",
        },
    };

    private static JsonObject Message(long user, string text) => new()
    {
        ["message_id"] = Random.Shared.Next(1, int.MaxValue),
        ["date"] = 1_800_000_000,
        ["from"] = From(user),
        ["chat"] = new JsonObject { ["id"] = user, ["type"] = "private", ["first_name"] = "Thư ký" },
        ["text"] = text,
    };

    private static JsonObject From(long user) => new() { ["id"] = user, ["is_bot"] = false, ["first_name"] = "Thư ký", ["last_name"] = user.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
