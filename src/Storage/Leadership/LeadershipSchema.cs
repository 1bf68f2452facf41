namespace QcdcBot.Storage.Leadership;

/// <summary>One table of leadership chats for every channel; Telegram's rows move into it unchanged.</summary>
internal static class LeadershipSchema
{
    public const string Sql = """
        CREATE TABLE leadership_chats (
            channel   TEXT NOT NULL,
            chat_id   TEXT NOT NULL,
            title     TEXT NOT NULL,
            added_by  TEXT NOT NULL,
            added_at  TEXT NOT NULL,
            PRIMARY KEY (channel, chat_id)
        );

        INSERT INTO leadership_chats (channel, chat_id, title, added_by, added_at)
            SELECT 'telegram', chat_id, title, added_by, added_at FROM telegram_leadership_chats;
        DROP TABLE telegram_leadership_chats;
        """;
}
