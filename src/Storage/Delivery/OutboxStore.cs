using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Delivery;

/// <summary>
/// Messages waiting to be delivered. Writers enqueue in the same transaction as the fact that caused them;
/// the dispatcher claims due rows, sends them, and records the result.
/// </summary>
internal sealed class OutboxStore(SqliteDatabase database, TimeProvider time)
{
    /// <summary>How long a claimed row is hidden from other claims; a crash mid-send makes it due again after this.</summary>
    public static readonly TimeSpan DefaultLease = TimeSpan.FromMinutes(5);

    /// <summary>Adds messages; ones whose dedupe key is already there are ignored. Returns how many were added.</summary>
    public Task<int> EnqueueAsync(IReadOnlyList<OutboxItem> items, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            var added = 0;
            foreach (var item in items)
            {
                added += await InsertAsync(connection, transaction, item, now, ct);
            }

            return added;
        }, ct);

    /// <summary>
    /// Takes up to <paramref name="max"/> pending rows due at <paramref name="now"/>, counts an attempt on each and
    /// pushes its next attempt past the lease, all in one transaction, so two dispatchers never claim the same row.
    /// Delivery is therefore at-least-once: a crash between sending and <see cref="MarkSentAsync"/> resends after the lease.
    /// </summary>
    public Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(DateTimeOffset now, int max, TimeSpan? lease = null, CancellationToken ct = default) =>
        database.InTransactionAsync<IReadOnlyList<OutboxMessage>>(async (connection, transaction) =>
        {
            var rows = await connection.QueryAsync(
                "SELECT * FROM outbox WHERE state = 'pending' AND next_attempt_at <= $now ORDER BY next_attempt_at, id LIMIT $max",
                transaction, Map, ct, ("$now", now), ("$max", max));
            var leasedUntil = now + (lease ?? DefaultLease);
            var claimed = new List<OutboxMessage>(rows.Count);
            foreach (var row in rows)
            {
                await connection.ExecuteAsync(
                    "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $until WHERE id = $id",
                    transaction, ct, ("$id", row.Id), ("$until", leasedUntil));
                claimed.Add(row with { Attempts = row.Attempts + 1, NextAttemptAt = leasedUntil });
            }

            return claimed;
        }, ct);

    /// <summary>
    /// True while <paramref name="message"/>'s claim is still the row's latest: pending, with the lease that claim set.
    /// False once it was recorded (sent, failed) or put back or claimed again since: that claim must send nothing.
    /// </summary>
    public async Task<bool> StillClaimedAsync(OutboxMessage message, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ScalarAsync<long>(
            "SELECT COUNT(*) FROM outbox WHERE id = $id AND state = 'pending' AND next_attempt_at = $lease",
            null, ct, ("$id", message.Id), ("$lease", message.NextAttemptAt)) > 0;
    }

    public Task MarkSentAsync(long id, string? externalMessageId, CancellationToken ct = default) =>
        // Through the write gate: a write that waits its turn there never sleeps in SQLite's busy handler.
        database.InTransactionAsync((connection, transaction) => connection.ExecuteAsync(
            "UPDATE outbox SET state = 'sent', sent_at = $now, external_message_id = $ext, last_error = NULL WHERE id = $id",
            transaction, ct, ("$id", id), ("$now", time.GetUtcNow()), ("$ext", externalMessageId)), ct);

    /// <summary>
    /// Puts a claimed row back for a later attempt. A channel's "slow down" is not the message's fault, so the caller
    /// can give the attempt back with <paramref name="countsAsAttempt"/> false.
    /// </summary>
    public Task MarkRetryAsync(long id, DateTimeOffset nextAttemptAt, string error, bool countsAsAttempt = true, CancellationToken ct = default) =>
        // Through the write gate: a write that waits its turn there never sleeps in SQLite's busy handler.
        database.InTransactionAsync((connection, transaction) => RetryAsync(connection, transaction, new PutBack(id, nextAttemptAt, error), countsAsAttempt, ct), ct);

    /// <summary>
    /// Puts a round's claimed rows back for later in one transaction, their attempts given back: the messages that got
    /// no send slot yet. While a burst of replies books the channel seconds ahead, most of a round goes back, and one
    /// transaction per row would cost the writer more than the turns that queued them.
    /// </summary>
    public Task PutBackAsync(IReadOnlyList<PutBack> rows, CancellationToken ct = default) =>
        rows.Count == 0 ? Task.CompletedTask : database.InTransactionAsync(async (connection, transaction) =>
        {
            foreach (var row in rows)
            {
                await RetryAsync(connection, transaction, row, countsAsAttempt: false, ct);
            }
        }, ct);

    private static Task<int> RetryAsync(SqliteConnection connection, SqliteTransaction transaction, PutBack row, bool countsAsAttempt, CancellationToken ct) =>
        connection.ExecuteAsync(
            "UPDATE outbox SET next_attempt_at = $next, last_error = $error, attempts = attempts - $refund WHERE id = $id AND state = 'pending'",
            transaction, ct, ("$id", row.Id), ("$next", row.NextAttemptAt), ("$error", row.Reason), ("$refund", countsAsAttempt ? 0 : 1));

    public Task MarkFailedAsync(long id, string error, CancellationToken ct = default) =>
        database.InTransactionAsync((connection, transaction) => connection.ExecuteAsync(
            "UPDATE outbox SET state = 'failed', last_error = $error WHERE id = $id", transaction, ct, ("$id", id), ("$error", error)), ct);

    /// <summary>
    /// Gives up the pending rows whose dedupe key starts with <paramref name="keyPrefix"/> ("reminder:19:"): reminders
    /// queued for a deadline that has since been cancelled or closed must not reach the units. Returns how many.
    /// </summary>
    public Task<int> WithdrawPendingAsync(string keyPrefix, string reason, CancellationToken ct = default) =>
        database.InTransactionAsync((connection, transaction) => connection.ExecuteAsync(
            "UPDATE outbox SET state = 'failed', last_error = $reason WHERE state = 'pending' AND substr(dedupe_key, 1, length($prefix)) = $prefix",
            transaction, ct, ("$prefix", keyPrefix), ("$reason", reason)), ct);

    /// <summary>When the next pending row is due (null when none is pending): the dispatcher sleeps until then.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var next = await connection.ScalarAsync<string?>("SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'pending'", null, ct);
        return next is null ? null : DateTimeOffset.Parse(next, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
    }

    public async Task<OutboxMessage?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleAsync("SELECT * FROM outbox WHERE id = $id", null, Map, ct, ("$id", id));
    }

    /// <summary>Every row in id order; for tests and diagnostics.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> AllAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync("SELECT * FROM outbox ORDER BY id", null, Map, ct);
    }

    /// <summary>Inserts one row inside the caller's transaction; returns 0 when the dedupe key was already used.</summary>
    internal static Task<int> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, OutboxItem item, DateTimeOffset now, CancellationToken ct) =>
        connection.ExecuteAsync(
            """
            INSERT INTO outbox (created_at, channel, chat_id, user_id, body, dedupe_key, state, attempts, next_attempt_at)
            VALUES ($now, $channel, $chat, $user, $body, $dedupe, 'pending', 0, $now)
            ON CONFLICT (dedupe_key) DO NOTHING
            """,
            transaction, ct,
            ("$now", now), ("$channel", item.Channel), ("$chat", item.ChatId), ("$user", item.UserId), ("$body", item.BodyJson), ("$dedupe", item.DedupeKey));

    private static OutboxMessage Map(SqliteDataReader r) => new(
        r.Long("id"),
        r.Instant("created_at"),
        r.Str("channel"),
        r.Str("chat_id"),
        r.NullableString("user_id"),
        r.Str("body"),
        r.NullableString("dedupe_key"),
        DbEnum.Parse<OutboxState>(r.Str("state")),
        (int)r.Long("attempts"),
        r.Instant("next_attempt_at"),
        r.NullableInstant("sent_at"),
        r.NullableString("last_error"),
        r.NullableString("external_message_id"));
}
