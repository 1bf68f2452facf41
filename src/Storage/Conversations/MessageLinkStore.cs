using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Conversations;

/// <summary>Which deadline a message the bot sent was about, so a reply to it is linked to that deadline.</summary>
internal sealed class MessageLinkStore(SqliteDatabase database, TimeProvider time)
{
    public Task AddAsync(string channel, string chatId, string messageId, long deadlineId, CancellationToken ct = default) =>
        // Through the write gate: a write that waits its turn there never sleeps in SQLite's busy handler.
        database.InTransactionAsync((connection, transaction) => connection.ExecuteAsync(
            "INSERT OR REPLACE INTO message_links (channel, chat_id, message_id, deadline_id, created_at) VALUES ($c, $chat, $m, $d, $now)",
            transaction, ct, ("$c", channel), ("$chat", chatId), ("$m", messageId), ("$d", deadlineId), ("$now", time.GetUtcNow())), ct);

    public async Task<long?> FindAsync(string channel, string chatId, string messageId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ScalarAsync<long?>(
            "SELECT deadline_id FROM message_links WHERE channel = $c AND chat_id = $chat AND message_id = $m", null, ct,
            ("$c", channel), ("$chat", chatId), ("$m", messageId));
    }

    /// <summary>The deadline of the latest message the bot sent to this chat about one (a reminder, a receipt, an answer), and when.</summary>
    public async Task<LatestLink?> LatestAsync(string channel, string chatId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleAsync(
            "SELECT deadline_id, created_at FROM message_links WHERE channel = $c AND chat_id = $chat ORDER BY created_at DESC, rowid DESC LIMIT 1", null,
            r => new LatestLink(r.GetInt64(0), r.Instant(1)), ct, ("$c", channel), ("$chat", chatId));
    }
}

/// <summary>The deadline a chat was last written to about, and when.</summary>
internal sealed record LatestLink(long DeadlineId, DateTimeOffset At);
