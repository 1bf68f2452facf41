using System.Text.Json.Nodes;

namespace QcdcBot.Tests.Telegram;

/// <summary>Builds updates in the Bot API's shapes (https://core.telegram.org/bots/api#update).</summary>
internal static class Updates
{
    public static JsonObject User(long id, string first = "Nguyễn", string? last = "Văn A") =>
        new() { ["id"] = id, ["is_bot"] = false, ["first_name"] = first, ["last_name"] = last, ["language_code"] = "vi" };

    public static JsonObject PrivateChat(long id) => new() { ["id"] = id, ["type"] = "private", ["first_name"] = "Nguyễn" };

    public static JsonObject GroupChat(long id, string title = "Lãnh đạo Đảng ủy Khối") => new() { ["id"] = id, ["type"] = "supergroup", ["title"] = title };

    public static JsonObject Message(JsonObject from, JsonObject chat, string? text = null)
    {
        var message = new JsonObject
        {
            ["message_id"] = NextId(),
            ["from"] = from,
            ["chat"] = chat,
            ["date"] = 1_800_000_000,
        };
        if (text is not null)
        {
            message["text"] = text;
            if (text.StartsWith('/'))
            {
                message["entities"] = new JsonArray(new JsonObject { ["offset"] = 0, ["length"] = text.Split(' ')[0].Length, ["type"] = "bot_command" });
            }
        }

        return message;
    }

    public static JsonObject Text(long userId, string text) => Wrap(Message(User(userId), PrivateChat(userId), text));

    public static JsonObject ReplyTo(long userId, long botMessageId, string text)
    {
        var message = Message(User(userId), PrivateChat(userId), text);
        message["reply_to_message"] = new JsonObject
        {
            ["message_id"] = botMessageId,
            ["from"] = new JsonObject { ["id"] = FakeBotApi.BotId, ["is_bot"] = true, ["first_name"] = "QCDC", ["username"] = FakeBotApi.Username },
            ["chat"] = PrivateChat(userId),
            ["date"] = 1_800_000_000,
            ["text"] = "…",
        };
        return Wrap(message);
    }

    public static JsonObject Document(long userId, string fileId, string fileName, long size, string? caption = null, string? mediaGroupId = null)
    {
        var message = Message(User(userId), PrivateChat(userId));
        message["document"] = new JsonObject
        {
            ["file_name"] = fileName,
            ["mime_type"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ["file_id"] = fileId,
            ["file_unique_id"] = "u" + fileId,
            ["file_size"] = size,
        };
        if (caption is not null)
        {
            message["caption"] = caption;
        }

        if (mediaGroupId is not null)
        {
            message["media_group_id"] = mediaGroupId;
        }

        return Wrap(message);
    }

    /// <summary>Makes a message update a reply to one of the bot's messages (as Telegram shows a swiped reply).</summary>
    public static JsonObject AsReplyTo(JsonObject update, long userId, long botMessageId)
    {
        update["message"]!["reply_to_message"] = new JsonObject
        {
            ["message_id"] = botMessageId,
            ["from"] = BotUser(),
            ["chat"] = PrivateChat(userId),
            ["date"] = 1_800_000_000,
            ["text"] = "…",
        };
        return update;
    }

    public static JsonObject Photo(long userId, string smallId, string largeId, long largeSize, string? mediaGroupId = null, string? caption = null)
    {
        var message = Message(User(userId), PrivateChat(userId));
        message["photo"] = new JsonArray(
            new JsonObject { ["file_id"] = smallId, ["file_unique_id"] = "u" + smallId, ["file_size"] = 1200, ["width"] = 90, ["height"] = 67 },
            new JsonObject { ["file_id"] = largeId, ["file_unique_id"] = "u" + largeId, ["file_size"] = largeSize, ["width"] = 1280, ["height"] = 960 });
        if (mediaGroupId is not null)
        {
            message["media_group_id"] = mediaGroupId;
        }

        if (caption is not null)
        {
            message["caption"] = caption;
        }

        return Wrap(message);
    }

    public static JsonObject Callback(long userId, JsonObject botMessage, string data) => new()
    {
        ["callback_query"] = new JsonObject
        {
            ["id"] = "cb" + NextId(),
            ["from"] = User(userId),
            ["message"] = botMessage,
            ["chat_instance"] = "-5550001",
            ["data"] = data,
        },
    };

    public static JsonObject Group(long userId, long chatId, string text) => Wrap(Message(User(userId), GroupChat(chatId), text));

    public static JsonObject BotAddedToGroup(long byUserId, long chatId) => new()
    {
        ["my_chat_member"] = new JsonObject
        {
            ["chat"] = GroupChat(chatId),
            ["from"] = User(byUserId),
            ["date"] = 1_800_000_000,
            ["old_chat_member"] = new JsonObject { ["status"] = "left", ["user"] = BotUser() },
            ["new_chat_member"] = new JsonObject { ["status"] = "member", ["user"] = BotUser() },
        },
    };

    private static JsonObject BotUser() => new() { ["id"] = FakeBotApi.BotId, ["is_bot"] = true, ["first_name"] = "QCDC", ["username"] = FakeBotApi.Username };

    private static long NextId() => Random.Shared.NextInt64(10_000, 1_000_000_000);

    private static JsonObject Wrap(JsonObject message) => new() { ["message"] = message };
}
