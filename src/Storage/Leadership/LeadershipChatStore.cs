using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Leadership;

/// <summary>Group chats an admin made leadership chats with /nhomlanhdao, on any channel (tallies and digests go there).</summary>
internal sealed class LeadershipChatStore(SqliteDatabase database, TimeProvider time)
{
    public Task AddAsync(string channel, string chatId, string title, string addedBy, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            await connection.ExecuteAsync(
                """
                INSERT INTO leadership_chats (channel, chat_id, title, added_by, added_at) VALUES ($channel, $chat, $title, $by, $now)
                ON CONFLICT (channel, chat_id) DO UPDATE SET title = excluded.title
                """,
                transaction, ct, ("$channel", channel), ("$chat", chatId), ("$title", title), ("$by", addedBy), ("$now", now));
            await AuditLog.WriteAsync(connection, transaction, now, addedBy, channel + ".leadership_chat.add", channel + "_chat", chatId, title, ct);
        }, ct);

    public Task<bool> RemoveAsync(string channel, string chatId, string reason, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var removed = await connection.ExecuteAsync("DELETE FROM leadership_chats WHERE channel = $channel AND chat_id = $chat", transaction, ct,
                ("$channel", channel), ("$chat", chatId));
            if (removed > 0)
            {
                await AuditLog.WriteAsync(connection, transaction, time.GetUtcNow(), "system", channel + ".leadership_chat.remove", channel + "_chat", chatId, reason, ct);
            }

            return removed > 0;
        }, ct);

    /// <summary>The channel's leadership chat ids, oldest first.</summary>
    public async Task<IReadOnlyList<string>> AllAsync(string channel, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync("SELECT chat_id FROM leadership_chats WHERE channel = $channel ORDER BY added_at", null, r => r.Str("chat_id"), ct,
            ("$channel", channel));
    }
}
