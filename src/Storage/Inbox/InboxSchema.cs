namespace QcdcBot.Storage.Inbox;

/// <summary>
/// One inbox for every channel, keyed by channel, the bot's id on it and the platform's event id. <c>seq</c> is the
/// order of arrival, which keeps each chat's order; Telegram's update rows move in unchanged (a turn cut off under
/// the old scheme stays "interrupted").
/// </summary>
internal static class InboxSchema
{
    public const string Sql = """
        CREATE TABLE inbox (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            channel     TEXT NOT NULL,
            bot_id      TEXT NOT NULL,
            event_id    TEXT NOT NULL,
            chat_id     TEXT,
            group_key   TEXT,
            payload     TEXT NOT NULL,
            received_at TEXT NOT NULL,
            state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed', 'interrupted')),
            attempts    INTEGER NOT NULL DEFAULT 0,
            finished_at TEXT,
            UNIQUE (channel, bot_id, event_id)
        );
        CREATE INDEX inbox_pending ON inbox(seq) WHERE state = 'pending';
        CREATE INDEX inbox_finished ON inbox(finished_at) WHERE state <> 'pending';

        INSERT INTO inbox (channel, bot_id, event_id, chat_id, group_key, payload, received_at, state, finished_at)
        SELECT 'telegram', bot_id, CAST(update_id AS TEXT), chat_id, media_group_id, payload, received_at,
               CASE state WHEN 'started' THEN 'interrupted' ELSE state END, finished_at
        FROM telegram_updates ORDER BY bot_id, update_id;

        DROP TABLE telegram_updates;
        """;
}
