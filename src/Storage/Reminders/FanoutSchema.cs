namespace QcdcBot.Storage.Reminders;

/// <summary>
/// Migration step: a reminder fan-out (an admin's /nhacngay, or a sweep) is written down before its first unit and
/// closed after its last, so one cut off by a crash is found and finished at the next start.
/// </summary>
internal static class FanoutSchema
{
    public const string Sql = """
        CREATE TABLE reminder_fanouts (
            id          INTEGER PRIMARY KEY,
            deadline_id INTEGER NOT NULL,
            slot        TEXT NOT NULL,
            channel     TEXT,
            chat_id     TEXT,
            user_id     TEXT,
            started_at  TEXT NOT NULL,
            finished_at TEXT
        );

        CREATE INDEX reminder_fanouts_open ON reminder_fanouts (id) WHERE finished_at IS NULL;
        """;
}
