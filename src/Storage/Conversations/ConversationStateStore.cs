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

    /// <summary>Whether any conversation's state holds <paramref name="value"/> at one of the JSON <paramref name="paths"/> ("$.pending.x").</summary>
    public async Task<bool> AnyHoldsAsync(IReadOnlyList<string> paths, long value, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        foreach (var path in paths)
        {
            if (await connection.ScalarAsync<long>("SELECT EXISTS (SELECT 1 FROM conversation_state WHERE json_extract(state, $p) = $v)", null, ct, ("$p", path), ("$v", value)) == 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every number any conversation's state holds at one of the JSON <paramref name="paths"/>.</summary>
    public async Task<IReadOnlySet<long>> HeldAsync(IReadOnlyList<string> paths, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var held = new HashSet<long>();
        foreach (var path in paths)
        {
            held.UnionWith(await connection.QueryAsync(
                "SELECT DISTINCT json_extract(state, $p) AS v FROM conversation_state WHERE json_extract(state, $p) IS NOT NULL", null, r => r.Long("v"), ct, ("$p", path)));
        }

        return held;
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
