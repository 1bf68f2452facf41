using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Members;

internal sealed class MemberStore(SqliteDatabase database, TimeProvider time)
{
    public async Task<Member?> FindAsync(string channel, string userId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleAsync(
            "SELECT * FROM members WHERE channel = $channel AND user_id = $user", null, Map, ct, ("$channel", channel), ("$user", userId));
    }

    public async Task<Member?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleAsync("SELECT * FROM members WHERE id = $id", null, Map, ct, ("$id", id));
    }

    public async Task<IReadOnlyList<Member>> AllAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync("SELECT * FROM members ORDER BY id", null, Map, ct);
    }

    public async Task<IReadOnlyList<Member>> ForUnitAsync(long unitId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync("SELECT * FROM members WHERE unit_id = $unit ORDER BY id", null, Map, ct, ("$unit", unitId));
    }

    public async Task<IReadOnlyList<Member>> WithRoleAsync(MemberRole role, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync("SELECT * FROM members WHERE role = $role ORDER BY id", null, Map, ct, ("$role", role));
    }

    /// <summary>
    /// Uses an invite code to bind this chat account to the code's unit as its secretary. Checking the code,
    /// marking it used and binding happen in one transaction, so a code can never be used twice.
    /// </summary>
    public Task<BindResult> BindWithInviteAsync(string code, string channel, string userId, string chatId, string displayName, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            var invite = await connection.QuerySingleAsync(
                "SELECT * FROM invite_codes WHERE code = $code", transaction, InviteStore.Map, ct, ("$code", code.Trim().ToUpperInvariant()));
            if (invite is null)
            {
                return new BindResult(BindOutcome.UnknownCode, null, null);
            }

            if (invite.UsedAt is not null)
            {
                return new BindResult(BindOutcome.AlreadyUsed, null, null);
            }

            if (invite.ExpiresAt <= now)
            {
                return new BindResult(BindOutcome.Expired, null, null);
            }

            var key = $"{channel}:{userId}";
            var existing = await connection.QuerySingleAsync(
                "SELECT * FROM members WHERE channel = $channel AND user_id = $user", transaction, Map, ct, ("$channel", channel), ("$user", userId));
            long memberId;
            if (existing is null)
            {
                memberId = await connection.InsertAsync(
                    "INSERT INTO members (unit_id, channel, user_id, chat_id, display_name, role, reachable, bound_at) VALUES ($unit, $channel, $user, $chat, $name, $role, 1, $now)",
                    transaction, ct, ("$unit", invite.UnitId), ("$channel", channel), ("$user", userId), ("$chat", chatId), ("$name", displayName), ("$role", MemberRole.Secretary), ("$now", now));
            }
            else
            {
                memberId = existing.Id;
                // An admin or leader keeps the role; a secretary moving units is re-bound.
                await connection.ExecuteAsync(
                    "UPDATE members SET unit_id = $unit, chat_id = $chat, display_name = $name, reachable = 1, bound_at = $now WHERE id = $id",
                    transaction, ct, ("$id", memberId), ("$unit", invite.UnitId), ("$chat", chatId), ("$name", displayName), ("$now", now));
            }

            await connection.ExecuteAsync(
                "UPDATE invite_codes SET used_at = $now, used_by = $by WHERE id = $id", transaction, ct, ("$now", now), ("$by", key), ("$id", invite.Id));
            await AuditLog.WriteAsync(connection, transaction, now, key, "member.bind", "member", memberId, $"unit {invite.UnitId} code {invite.Code}", ct);
            var member = await connection.QuerySingleAsync("SELECT * FROM members WHERE id = $id", transaction, Map, ct, ("$id", memberId));
            return new BindResult(BindOutcome.Bound, member, existing?.UnitId);
        }, ct);

    /// <summary>
    /// Remembers where an admin or leader can be reached, so proactive messages (extension requests, digests)
    /// find them. The role comes from configuration, not from the chat.
    /// </summary>
    public Task<Member> RememberAsync(string channel, string userId, string chatId, string displayName, MemberRole role, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            var existing = await connection.QuerySingleAsync(
                "SELECT * FROM members WHERE channel = $channel AND user_id = $user", transaction, Map, ct, ("$channel", channel), ("$user", userId));
            if (existing is null)
            {
                var id = await connection.InsertAsync(
                    "INSERT INTO members (unit_id, channel, user_id, chat_id, display_name, role, reachable, bound_at) VALUES (NULL, $channel, $user, $chat, $name, $role, 1, $now)",
                    transaction, ct, ("$channel", channel), ("$user", userId), ("$chat", chatId), ("$name", displayName), ("$role", role), ("$now", now));
                await AuditLog.WriteAsync(connection, transaction, now, $"{channel}:{userId}", "member.remember", "member", id, role.ToString(), ct);
                return (await connection.QuerySingleAsync("SELECT * FROM members WHERE id = $id", transaction, Map, ct, ("$id", id)))!;
            }

            if (existing.ChatId != chatId || existing.DisplayName != displayName || existing.Role != role || !existing.Reachable)
            {
                await connection.ExecuteAsync(
                    "UPDATE members SET chat_id = $chat, display_name = $name, role = $role, reachable = 1 WHERE id = $id",
                    transaction, ct, ("$id", existing.Id), ("$chat", chatId), ("$name", displayName), ("$role", role));
                return existing with { ChatId = chatId, DisplayName = displayName, Role = role, Reachable = true };
            }

            return existing;
        }, ct);

    /// <summary>A channel said this account cannot be reached (e.g. the user blocked the bot).</summary>
    public Task MarkUnreachableAsync(string channel, string userId, string reason, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var changed = await connection.ExecuteAsync(
                "UPDATE members SET reachable = 0 WHERE channel = $channel AND user_id = $user AND reachable = 1",
                transaction, ct, ("$channel", channel), ("$user", userId));
            if (changed > 0)
            {
                await AuditLog.WriteAsync(connection, transaction, time.GetUtcNow(), "system", "member.unreachable", "member", $"{channel}:{userId}", reason, ct);
            }
        }, ct);

    internal static Member Map(SqliteDataReader r) => new(
        r.Long("id"),
        r.NullableLong("unit_id"),
        r.Str("channel"),
        r.Str("user_id"),
        r.Str("chat_id"),
        r.Str("display_name"),
        DbEnum.Parse<MemberRole>(r.Str("role")),
        r.Bool("reachable"),
        r.Instant("bound_at"));
}
