using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Inbox;

/// <summary>
/// The inbox of every channel. An event is stored before it is acknowledged to its platform, so a restart never
/// loses it, and it is handled while <c>pending</c>: the turn's writes, its outgoing messages and the "done" mark
/// commit in one transaction, so a second delivery or a restart never applies it twice and a crash mid-turn leaves
/// it pending, to be handled again as if for the first time.
/// </summary>
internal sealed class InboxStore(SqliteDatabase database, TimeProvider time)
{
    /// <summary>Stores the events not seen before (inside the caller's transaction when there is one). Returns how many were new.</summary>
    public Task<int> AcceptAsync(string channel, string botId, IReadOnlyList<ReceivedEvent> events, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            var added = 0;
            foreach (var e in events)
            {
                added += await connection.ExecuteAsync(
                    """
                    INSERT OR IGNORE INTO inbox (channel, bot_id, event_id, chat_id, group_key, payload, received_at)
                    VALUES ($channel, $bot, $id, $chat, $group, $payload, $now)
                    """,
                    transaction, ct, ("$channel", channel), ("$bot", botId), ("$id", e.EventId), ("$chat", e.ChatId), ("$group", e.GroupKey),
                    ("$payload", e.Payload), ("$now", now));
            }

            return added;
        }, ct);

    /// <summary>Pending events after <paramref name="afterSeq"/>, in arrival order.</summary>
    public async Task<IReadOnlyList<InboxEvent>> PendingAsync(long afterSeq, int limit, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync(
            "SELECT * FROM inbox WHERE state = 'pending' AND seq > $after ORDER BY seq LIMIT $limit",
            null, Map, ct, ("$after", afterSeq), ("$limit", limit));
    }

    /// <summary>The pending parts of one group (an album: each photo or file comes as its own event).</summary>
    public async Task<IReadOnlyList<InboxEvent>> PendingGroupAsync(string channel, string botId, string? chatId, string groupKey, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync(
            "SELECT * FROM inbox WHERE channel = $channel AND bot_id = $bot AND state = 'pending' AND group_key = $group AND chat_id IS $chat ORDER BY seq",
            null, Map, ct, ("$channel", channel), ("$bot", botId), ("$group", groupKey), ("$chat", chatId));
    }

    /// <summary>Counts a handling started for each event, in one write: an event that keeps killing the process can be given up.</summary>
    public Task ClaimAsync(IReadOnlyList<long> seqs, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            foreach (var seq in seqs)
            {
                await connection.ExecuteAsync("UPDATE inbox SET attempts = attempts + 1 WHERE seq = $seq", transaction, ct, ("$seq", seq));
            }
        }, ct);

    /// <summary>Handled (inside the turn's transaction): the payload, which holds people's messages, is dropped; the id stays for de-duplication.</summary>
    public Task FinishAsync(IReadOnlyList<long> seqs, CancellationToken ct = default) => SetFinalAsync(seqs, "done", ct);

    /// <summary>Given up: unreadable, or its handling failed; the sender was told.</summary>
    public Task FailAsync(IReadOnlyList<long> seqs, CancellationToken ct = default) => SetFinalAsync(seqs, "failed", ct);

    /// <summary>Forgets finished events older than <paramref name="age"/>; platforms do not redeliver that late.</summary>
    public async Task<int> PurgeAsync(string channel, TimeSpan age, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync(
            "DELETE FROM inbox WHERE channel = $channel AND state <> 'pending' AND finished_at < $before", null, ct,
            ("$channel", channel), ("$before", time.GetUtcNow() - age));
    }

    /// <summary>
    /// Events whose turn was cut off under the old scheme (several transactions per turn; migrated as "interrupted"):
    /// returned once, so their senders can be told, then marked finished.
    /// </summary>
    public Task<IReadOnlyList<InboxEvent>> TakeInterruptedAsync(CancellationToken ct = default) =>
        database.InTransactionAsync<IReadOnlyList<InboxEvent>>(async (connection, transaction) =>
        {
            var rows = await connection.QueryAsync(
                "SELECT * FROM inbox WHERE state = 'interrupted' AND finished_at IS NULL ORDER BY seq", transaction, Map, ct);
            await connection.ExecuteAsync(
                "UPDATE inbox SET payload = '', finished_at = $now WHERE state = 'interrupted' AND finished_at IS NULL",
                transaction, ct, ("$now", time.GetUtcNow()));
            return rows;
        }, ct);

    public async Task<string?> StateAsync(string channel, string botId, string eventId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ScalarAsync<string?>(
            "SELECT state FROM inbox WHERE channel = $channel AND bot_id = $bot AND event_id = $id", null, ct,
            ("$channel", channel), ("$bot", botId), ("$id", eventId));
    }

    private Task SetFinalAsync(IReadOnlyList<long> seqs, string state, CancellationToken ct) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            var changed = 0;
            foreach (var seq in seqs)
            {
                changed += await connection.ExecuteAsync(
                    "UPDATE inbox SET state = $state, payload = '', finished_at = $now WHERE seq = $seq AND state = 'pending'",
                    transaction, ct, ("$seq", seq), ("$state", state), ("$now", now));
            }

            if (changed != seqs.Count)
            {
                // Handled elsewhere meanwhile (a second instance): this turn's writes must not commit.
                throw new InvalidOperationException($"Inbox events changed state under us ({changed} of {seqs.Count} were pending).");
            }
        }, ct);

    private static InboxEvent Map(SqliteDataReader r) => new(
        r.Long("seq"), r.Str("channel"), r.Str("bot_id"), r.Str("event_id"), r.NullableString("chat_id"), r.NullableString("group_key"),
        r.Str("payload"), r.Instant("received_at"), (int)r.Long("attempts"));
}
