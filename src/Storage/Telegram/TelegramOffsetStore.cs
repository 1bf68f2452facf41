using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Telegram;

/// <summary>
/// Telegram's polling offset. It moves in the same transaction that stores the updates it acknowledges, so
/// Telegram forgets an update only once it is in the inbox.
/// </summary>
internal sealed class TelegramOffsetStore(SqliteDatabase database, TimeProvider time)
{
    public async Task<long> GetAsync(string botId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ScalarAsync<long?>("SELECT next_offset FROM telegram_offsets WHERE bot_id = $bot", null, ct, ("$bot", botId)) ?? 0;
    }

    public async Task AdvanceAsync(string botId, long nextOffset, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(
            """
            INSERT INTO telegram_offsets (bot_id, next_offset, updated_at) VALUES ($bot, $next, $now)
            ON CONFLICT (bot_id) DO UPDATE SET next_offset = MAX(next_offset, excluded.next_offset), updated_at = excluded.updated_at
            """,
            null, ct, ("$bot", botId), ("$next", nextOffset), ("$now", time.GetUtcNow()));
    }
}
