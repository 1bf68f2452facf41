using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Conversations;

/// <summary>
/// A small JSON document per (channel, chat, user): the last list shown and a question awaiting an answer.
/// Kept in the store so a restart does not forget what "2" refers to or a file waiting for its deadline.
/// </summary>
internal sealed class ConversationStateStore(SqliteDatabase database, TimeProvider time)
{
    public async Task<string?> GetAsync(string channel, string chatId, string userId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ScalarAsync<string>(
            "SELECT state FROM conversation_state WHERE channel = $c AND chat_id = $chat AND user_id = $u", null, ct,
            ("$c", channel), ("$chat", chatId), ("$u", userId));
    }

    /// <summary>Whether any conversation's state holds the notice of <paramref name="deadlineId"/> (see <see cref="HeldNotices"/>).</summary>
    public async Task<bool> HoldsNoticeAsync(long deadlineId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ScalarAsync<long>(HeldNotices.AnySql, null, ct, ("$v", deadlineId)) == 1;
    }

    /// <summary>Every deadline whose notice a conversation's state holds now (see <see cref="HeldNotices"/>).</summary>
    public async Task<IReadOnlySet<long>> HeldNoticesAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return (await connection.QueryAsync(HeldNotices.AllSql, null, r => r.Long("v"), ct)).ToHashSet();
    }

    public async Task SaveAsync(string channel, string chatId, string userId, string json, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(
            """
            INSERT INTO conversation_state (channel, chat_id, user_id, state, updated_at) VALUES ($c, $chat, $u, $s, $now)
            ON CONFLICT (channel, chat_id, user_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
            """, null, ct, ("$c", channel), ("$chat", chatId), ("$u", userId), ("$s", json), ("$now", time.GetUtcNow()));
    }
}
