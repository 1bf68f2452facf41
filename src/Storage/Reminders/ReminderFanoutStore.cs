using QcdcBot.Storage.Delivery;
using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Reminders;

/// <summary>
/// Fan-outs in progress. The ledger says which units were reminded; this says a fan-out meant to remind the rest,
/// so after a crash the rest are reminded from the ledger instead of being forgotten.
/// </summary>
internal sealed class ReminderFanoutStore(SqliteDatabase database, TimeProvider time)
{
    public const string SweepSlot = "sweep";

    public async Task<long> BeginAsync(long deadlineId, string slot, FanoutRequester? requester, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.InsertAsync(
            "INSERT INTO reminder_fanouts (deadline_id, slot, channel, chat_id, user_id, started_at) VALUES ($d, $slot, $channel, $chat, $user, $now)",
            null, ct, ("$d", deadlineId), ("$slot", slot), ("$channel", requester?.Channel), ("$chat", requester?.ChatId), ("$user", requester?.UserId),
            ("$now", time.GetUtcNow()));
    }

    /// <summary>Closes the fan-out and queues <paramref name="notice"/> (what to tell its requester) in the same transaction.</summary>
    public Task FinishAsync(long id, IReadOnlyList<OutboxItem> notice, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            var closed = await connection.ExecuteAsync(
                "UPDATE reminder_fanouts SET finished_at = $now WHERE id = $id AND finished_at IS NULL", transaction, ct, ("$id", id), ("$now", now));
            if (closed == 0)
            {
                return;
            }

            foreach (var item in notice)
            {
                await OutboxStore.InsertAsync(connection, transaction, item, now, ct);
            }
        }, ct);

    /// <summary>A sweep's row is only a marker: it goes once the sweep is done, so the table does not grow every 15 minutes.</summary>
    public async Task ForgetAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync("DELETE FROM reminder_fanouts WHERE id = $id", null, ct, ("$id", id));
    }

    public async Task<IReadOnlyList<ReminderFanout>> UnfinishedAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync("SELECT * FROM reminder_fanouts WHERE finished_at IS NULL ORDER BY id", null, Map, ct);
    }

    private static ReminderFanout Map(SqliteDataReader r) => new(
        r.Long("id"),
        r.Long("deadline_id"),
        r.Str("slot"),
        r.NullableString("channel") is { } channel ? new FanoutRequester(channel, r.Str("chat_id"), r.NullableString("user_id")) : null,
        r.Instant("started_at"));
}
