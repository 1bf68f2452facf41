namespace QcdcBot.Storage.Conversations;

/// <summary>
/// Where a conversation's state holds a new deadline whose notice waits on the office's day-off answer: the open
/// question's <c>announceDeadlineId</c>, or the one put aside by a later message (camelCase, as the state accessor
/// writes it). Every secretary's list of deadlines asks which are held, several times a turn, so the two places are
/// indexed (partial: only the few states holding one are in them) and read in one statement, instead of parsing every
/// conversation's JSON twice per list (README, Performance).
/// </summary>
internal static class HeldNotices
{
    public const string Sql = """
        CREATE INDEX IF NOT EXISTS conversation_state_held_pending ON conversation_state(json_extract(state, '$.pending.announceDeadlineId'))
            WHERE json_extract(state, '$.pending.announceDeadlineId') IS NOT NULL;
        CREATE INDEX IF NOT EXISTS conversation_state_held_displaced ON conversation_state(json_extract(state, '$.displaced.announceDeadlineId'))
            WHERE json_extract(state, '$.displaced.announceDeadlineId') IS NOT NULL;
        """;

    // The expressions are spelled exactly as in the indexes: SQLite uses an expression index only for the same text.
    internal const string AllSql = """
        SELECT json_extract(state, '$.pending.announceDeadlineId') AS v FROM conversation_state WHERE json_extract(state, '$.pending.announceDeadlineId') IS NOT NULL
        UNION
        SELECT json_extract(state, '$.displaced.announceDeadlineId') FROM conversation_state WHERE json_extract(state, '$.displaced.announceDeadlineId') IS NOT NULL
        """;

    internal const string AnySql = """
        SELECT EXISTS (SELECT 1 FROM conversation_state WHERE json_extract(state, '$.pending.announceDeadlineId') = $v)
            OR EXISTS (SELECT 1 FROM conversation_state WHERE json_extract(state, '$.displaced.announceDeadlineId') = $v)
        """;
}
