using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Telegram;

/// <summary>
/// The Telegram inbox. An update is stored (with the polling offset that acknowledges it) before it is handled,
/// so a restart never loses it; it is handled only while <c>pending</c>, so a second delivery never applies it twice.
/// An update whose handling was cut off (<c>started</c> at start-up) is never re-run: it becomes <c>interrupted</c>.
/// </summary>
internal sealed class TelegramUpdateStore(SqliteDatabase database, TimeProvider time)
{
    public async Task<long> GetOffsetAsync(string botId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ScalarAsync<long?>("SELECT next_offset FROM telegram_offsets WHERE bot_id = $bot", null, ct, ("$bot", botId)) ?? 0;
    }

    /// <summary>Stores the updates not seen before and moves the offset past them, in one transaction. Returns how many were new.</summary>
    public Task<int> AcceptAsync(string botId, IReadOnlyList<ReceivedUpdate> updates, bool advanceOffset, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            var added = 0;
            foreach (var update in updates)
            {
                added += await connection.ExecuteAsync(
                    """
                    INSERT OR IGNORE INTO telegram_updates (bot_id, update_id, chat_id, media_group_id, payload, received_at)
                    VALUES ($bot, $id, $chat, $group, $payload, $now)
                    """,
                    transaction, ct, ("$bot", botId), ("$id", update.UpdateId), ("$chat", update.ChatId), ("$group", update.MediaGroupId),
                    ("$payload", update.Payload), ("$now", now));
            }

            if (advanceOffset && updates.Count > 0)
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO telegram_offsets (bot_id, next_offset, updated_at) VALUES ($bot, $next, $now)
                    ON CONFLICT (bot_id) DO UPDATE SET next_offset = MAX(next_offset, excluded.next_offset), updated_at = excluded.updated_at
                    """,
                    transaction, ct, ("$bot", botId), ("$next", updates.Max(u => u.UpdateId) + 1), ("$now", now));
            }

            return added;
        }, ct);

    public async Task<IReadOnlyList<StoredUpdate>> PendingAsync(string botId, int limit, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync(
            "SELECT * FROM telegram_updates WHERE bot_id = $bot AND state = 'pending' ORDER BY update_id LIMIT $limit",
            null, Map, ct, ("$bot", botId), ("$limit", limit));
    }

    /// <summary>The pending parts of one album (Telegram sends each photo or file of an album as its own update).</summary>
    public async Task<IReadOnlyList<StoredUpdate>> PendingAlbumAsync(string botId, string? chatId, string mediaGroupId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync(
            "SELECT * FROM telegram_updates WHERE bot_id = $bot AND state = 'pending' AND media_group_id = $group AND chat_id IS $chat ORDER BY update_id",
            null, Map, ct, ("$bot", botId), ("$group", mediaGroupId), ("$chat", chatId));
    }

    /// <summary>Claims pending updates for handling. Returns false if any was no longer pending.</summary>
    public Task<bool> StartAsync(string botId, IReadOnlyList<long> updateIds, CancellationToken ct = default) =>
        SetStateAsync(botId, updateIds, "pending", "started", ct);

    /// <summary>Handled: the payload (which holds people's messages) is dropped, the id stays for de-duplication.</summary>
    public Task<bool> FinishAsync(string botId, IReadOnlyList<long> updateIds, CancellationToken ct = default) =>
        SetStateAsync(botId, updateIds, "started", "done", ct);

    /// <summary>At start-up: updates whose handling a stop cut off. They are marked interrupted and returned, once.</summary>
    public Task<IReadOnlyList<StoredUpdate>> TakeInterruptedAsync(string botId, CancellationToken ct = default) =>
        database.InTransactionAsync<IReadOnlyList<StoredUpdate>>(async (connection, transaction) =>
        {
            var rows = await connection.QueryAsync(
                "SELECT * FROM telegram_updates WHERE bot_id = $bot AND state = 'started' ORDER BY update_id", transaction, Map, ct, ("$bot", botId));
            await connection.ExecuteAsync(
                "UPDATE telegram_updates SET state = 'interrupted', payload = '', finished_at = $now WHERE bot_id = $bot AND state = 'started'",
                transaction, ct, ("$bot", botId), ("$now", time.GetUtcNow()));
            return rows;
        }, ct);

    /// <summary>Forgets handled updates older than <paramref name="age"/>; Telegram does not redeliver that late.</summary>
    public async Task<int> PurgeAsync(string botId, TimeSpan age, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync(
            "DELETE FROM telegram_updates WHERE bot_id = $bot AND state IN ('done', 'interrupted') AND finished_at < $before",
            null, ct, ("$bot", botId), ("$before", time.GetUtcNow() - age));
    }

    public async Task<string?> StateAsync(string botId, long updateId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ScalarAsync<string?>(
            "SELECT state FROM telegram_updates WHERE bot_id = $bot AND update_id = $id", null, ct, ("$bot", botId), ("$id", updateId));
    }

    private Task<bool> SetStateAsync(string botId, IReadOnlyList<long> updateIds, string from, string to, CancellationToken ct) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            var changed = 0;
            foreach (var id in updateIds)
            {
                changed += await connection.ExecuteAsync(
                    to == "done"
                        ? "UPDATE telegram_updates SET state = $to, payload = '', finished_at = $now WHERE bot_id = $bot AND update_id = $id AND state = $from"
                        : "UPDATE telegram_updates SET state = $to WHERE bot_id = $bot AND update_id = $id AND state = $from",
                    transaction, ct, ("$bot", botId), ("$id", id), ("$from", from), ("$to", to), ("$now", now));
            }

            if (changed != updateIds.Count)
            {
                throw new InvalidOperationException($"Telegram updates changed state under us ({changed} of {updateIds.Count} were {from}).");
            }

            return true;
        }, ct);

    private static StoredUpdate Map(SqliteDataReader r) => new(
        r.Long("update_id"), r.NullableString("chat_id"), r.NullableString("media_group_id"), r.Str("payload"), r.Instant("received_at"));
}
