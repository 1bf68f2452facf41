using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Telegram;

/// <summary>Telegram group chats an admin made leadership chats with /nhomlanhdao (tallies and digests go there).</summary>
internal sealed class LeadershipChatStore(SqliteDatabase database, TimeProvider time)
{
    public Task AddAsync(string chatId, string title, string addedBy, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            await connection.ExecuteAsync(
                """
                INSERT INTO telegram_leadership_chats (chat_id, title, added_by, added_at) VALUES ($chat, $title, $by, $now)
                ON CONFLICT (chat_id) DO UPDATE SET title = excluded.title
                """,
                transaction, ct, ("$chat", chatId), ("$title", title), ("$by", addedBy), ("$now", now));
            await AuditLog.WriteAsync(connection, transaction, now, addedBy, "telegram.leadership_chat.add", "telegram_chat", chatId, title, ct);
        }, ct);

    public Task<bool> RemoveAsync(string chatId, string reason, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var removed = await connection.ExecuteAsync("DELETE FROM telegram_leadership_chats WHERE chat_id = $chat", transaction, ct, ("$chat", chatId));
            if (removed > 0)
            {
                await AuditLog.WriteAsync(connection, transaction, time.GetUtcNow(), "system", "telegram.leadership_chat.remove", "telegram_chat", chatId, reason, ct);
            }

            return removed > 0;
        }, ct);

    public async Task<IReadOnlyList<string>> AllAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync("SELECT chat_id FROM telegram_leadership_chats ORDER BY added_at", null, r => r.Str("chat_id"), ct);
    }
}
