using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Members;

internal sealed class InviteStore(SqliteDatabase database, TimeProvider time)
{
    // No 0/O or 1/I/L: codes are read aloud on the phone and typed on small keyboards.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public Task<InviteCode> CreateAsync(long unitId, TimeSpan lifetime, string createdBy, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            string code;
            do
            {
                code = NewCode();
            }
            while (await connection.ScalarAsync<long>("SELECT COUNT(*) FROM invite_codes WHERE code = $code", transaction, ct, ("$code", code)) > 0);

            var id = await connection.InsertAsync(
                "INSERT INTO invite_codes (unit_id, code, created_at, created_by, expires_at) VALUES ($unit, $code, $now, $by, $expires)",
                transaction, ct, ("$unit", unitId), ("$code", code), ("$now", now), ("$by", createdBy), ("$expires", now + lifetime));
            await AuditLog.WriteAsync(connection, transaction, now, createdBy, "invite.create", "invite", id, $"unit {unitId}", ct);
            return new InviteCode(id, unitId, code, now, createdBy, now + lifetime, null, null);
        }, ct);

    /// <summary>The invite with this code, used or not; reading it changes nothing.</summary>
    public async Task<InviteCode?> FindAsync(string code, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleAsync(
            "SELECT * FROM invite_codes WHERE code = $code", null, Map, ct, ("$code", code.Trim().ToUpperInvariant()));
    }

    /// <summary>Failed code attempts of this account since the given time, read from the audit log.</summary>
    public async Task<long> FailuresSinceAsync(string actor, DateTimeOffset since, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ScalarAsync<long>(
            "SELECT COUNT(*) FROM audit_log WHERE actor = $actor AND action = 'invite.fail' AND at >= $since", null, ct, ("$actor", actor), ("$since", since));
    }

    /// <summary>
    /// When an account that has made <paramref name="allowed"/> wrong tries within <paramref name="window"/> may try
    /// again: the window after the oldest of its last <paramref name="allowed"/> tries. Null when it is not paused.
    /// </summary>
    public async Task<DateTimeOffset?> PausedUntilAsync(string actor, int allowed, TimeSpan window, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var oldest = await connection.QuerySingleAsync(
            "SELECT at FROM audit_log WHERE actor = $actor AND action = 'invite.fail' ORDER BY at DESC LIMIT 1 OFFSET $skip", null,
            r => Tuple.Create(r.Instant(0)), ct, ("$actor", actor), ("$skip", allowed - 1));
        return oldest is { Item1: var at } && at + window > time.GetUtcNow() ? at + window : null;
    }

    /// <summary>
    /// Writes a failed attempt to the audit log, where admins see repeated guessing, and returns how many this
    /// account has made since <paramref name="since"/>. Only the code's length is kept, never the code.
    /// </summary>
    public Task<long> RecordFailureAsync(string actor, string code, DateTimeOffset since, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            await AuditLog.WriteAsync(connection, transaction, time.GetUtcNow(), actor, "invite.fail", "member", actor, $"code of {code.Length} characters", ct);
            return await connection.ScalarAsync<long>(
                "SELECT COUNT(*) FROM audit_log WHERE actor = $actor AND action = 'invite.fail' AND at >= $since", transaction, ct, ("$actor", actor), ("$since", since));
        }, ct);

    internal static InviteCode Map(SqliteDataReader r) => new(
        r.Long("id"), r.Long("unit_id"), r.Str("code"), r.Instant("created_at"), r.Str("created_by"), r.Instant("expires_at"), r.NullableInstant("used_at"), r.NullableString("used_by"));

    private static string NewCode() => RandomNumberGenerator.GetString(Alphabet, 8);
}
