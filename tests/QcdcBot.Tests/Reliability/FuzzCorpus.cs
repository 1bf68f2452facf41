using System.Text;
using System.Text.Json.Nodes;
using QcdcBot.Tests.Telegram;

namespace QcdcBot.Tests.Reliability;

/// <summary>
/// Hostile updates from strangers, generated from a seed so a run can be repeated: broken shapes, wrong types,
/// huge and negative numbers, dates past year 9999, control characters and long text, admin commands and forged
/// buttons, attachments that lie about their size or name.
/// </summary>
internal static class FuzzCorpus
{
    private static readonly string[] Commands =
    [
        "/giao Việc giả trước 10/4", "/xuat", "/taifile 1", "/nhacngay #1", "/duyet 1", "/tuchoi 1", "/chapnhan 1", "/madangky U001",
        "/huyhan 1", "/donghan 1", "/suahan 1 trước 1/1", "/ghinhan U001 1", "/tamdung 1", "/nhomlanhdao", "/dangky AAAAAAAA", "/start ZZZZZZZZ",
    ];

    public static List<JsonObject> Create(int count, int seed)
    {
        var random = new Random(seed);
        var updates = new List<JsonObject>(count);
        for (var i = 0; i < count; i++)
        {
            var user = 500000 + random.Next(1, 400);
            updates.Add(random.Next(12) switch
            {
                0 => Updates.Text(user, Commands[random.Next(Commands.Length)]),
                1 => Updates.Text(user, Junk(random, random.Next(1, 6000))),
                2 => Callback(user, random),
                3 => Document(user, random),
                4 => Wrap(new JsonObject { ["message"] = new JsonObject { ["message_id"] = random.Next(), ["text"] = "/xuat" } }),
                5 => Wrap(new JsonObject { ["message"] = new JsonObject { ["message_id"] = "x", ["chat"] = new JsonObject { ["id"] = "abc" }, ["text"] = new JsonObject { ["a"] = 1 } } }),
                6 => Dated(user, random),
                7 => Wrap(new JsonObject { ["edited_message"] = Updates.Message(Updates.User(user), Updates.PrivateChat(user), "/giao sửa") }),
                8 => Wrap(new JsonObject { ["message"] = new JsonObject { ["message_id"] = 1, ["from"] = Updates.User(-user), ["chat"] = Updates.PrivateChat(-user), ["date"] = 0, ["photo"] = new JsonArray() } }),
                9 => Wrap(new JsonObject { ["my_chat_member"] = new JsonObject { ["chat"] = Updates.GroupChat(-100 - user), ["from"] = Updates.User(user), ["date"] = 1, ["new_chat_member"] = null } }),
                10 => Wrap(new JsonObject { ["channel_post"] = new JsonObject { ["message_id"] = 1, ["chat"] = new JsonObject { ["id"] = -1001, ["type"] = "channel" }, ["date"] = 1, ["text"] = Junk(random, 50) } }),
                _ => Updates.Text(user, "đã gửi qua iOffice số " + Junk(random, 30)),
            });
        }

        return updates;
    }

    private static JsonObject Wrap(JsonObject update) => update;

    private static JsonObject Callback(long user, Random random) => new()
    {
        ["callback_query"] = new JsonObject
        {
            ["id"] = random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["from"] = Updates.User(user),
            ["message"] = Updates.Message(Updates.User(FakeBotApi.BotId), Updates.PrivateChat(user), "…"),
            ["chat_instance"] = "1",
            ["data"] = random.Next(3) switch { 0 => "/duyet 1", 1 => "/chon ffffff 1", _ => Junk(random, 64) },
        },
    };

    private static JsonObject Document(long user, Random random)
    {
        var message = Updates.Message(Updates.User(user), Updates.PrivateChat(user));
        var document = new JsonObject { ["file_id"] = "missing-" + random.Next(), ["file_unique_id"] = "u" + random.Next(), ["file_name"] = random.Next(2) == 0 ? "../../etc/passwd" : Junk(random, 300) + ".docx" };
        if (random.Next(2) == 0)
        {
            document["file_size"] = random.Next(3) switch { 0 => -1, 1 => long.MaxValue, _ => 0 };
        }

        message["document"] = document;
        message["caption"] = random.Next(2) == 0 ? "#2" : Junk(random, 100);
        return new JsonObject { ["message"] = message };
    }

    private static JsonObject Dated(long user, Random random)
    {
        var message = Updates.Message(Updates.User(user), Updates.PrivateChat(user), "đang làm");
        message["date"] = random.Next(2) == 0 ? 253402300800L * 10 : -5;
        return new JsonObject { ["message"] = message };
    }

    private static string Junk(Random random, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(random.Next(8) switch
            {
                0 => (char)random.Next(0, 32),
                1 => (char)random.Next(0x200B, 0x2010),
                2 => (char)random.Next(0x202A, 0x202F),
                3 => "ạảãàáâậầấẩẫăắằặẳẵ"[random.Next(17)],
                4 => (char)random.Next(0xD800, 0xDFFF),
                _ => (char)random.Next(32, 127),
            });
        }

        return text.ToString();
    }
}
