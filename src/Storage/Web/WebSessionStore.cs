using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Web;

/// <summary>Sign-in links (single use, short-lived) and the server-side sessions they open.</summary>
internal sealed class WebSessionStore(SqliteDatabase database, TimeProvider time)
{
    /// <summary>A new sign-in link's secret; only its hash is stored.</summary>
    public Task<string> CreateLinkAsync(string person, TimeSpan lifetime, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            var token = WebTokens.New();
            var hash = WebTokens.Hash(token);
            await connection.ExecuteAsync(
                "INSERT INTO web_sign_in_links (token_hash, person, created_at, expires_at) VALUES ($hash, $person, $now, $expires)",
                transaction, ct, ("$hash", hash), ("$person", person), ("$now", now), ("$expires", now + lifetime));
            await AuditLog.WriteAsync(connection, transaction, now, person, "web.link", "web_sign_in_link", hash[..12], string.Empty, ct);
            return token;
        }, ct);

    /// <summary>
    /// Uses a link: checking it, marking it used and opening the session are one transaction, so a link can never
    /// open two sessions however fast it is clicked twice.
    /// </summary>
    public Task<SignInResult> RedeemLinkAsync(string token, TimeSpan sessionLifetime, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            var hash = WebTokens.Hash(token);
            var link = await connection.QuerySingleAsync(
                "SELECT person, expires_at, used_at FROM web_sign_in_links WHERE token_hash = $hash", transaction,
                r => new LinkRow(r.Str("person"), r.Instant("expires_at"), r.NullableInstant("used_at")), ct, ("$hash", hash));
            if (link is null)
            {
                return new SignInResult(SignInOutcome.UnknownLink, null, null);
            }

            if (link.UsedAt is not null)
            {
                return new SignInResult(SignInOutcome.AlreadyUsed, null, null);
            }

            if (link.ExpiresAt <= now)
            {
                return new SignInResult(SignInOutcome.Expired, null, null);
            }

            await connection.ExecuteAsync("UPDATE web_sign_in_links SET used_at = $now WHERE token_hash = $hash", transaction, ct, ("$now", now), ("$hash", hash));
            var sessionToken = WebTokens.New();
            var formToken = WebTokens.New();
            var expires = now + sessionLifetime;
            var id = await connection.InsertAsync(
                "INSERT INTO web_sessions (token_hash, person, form_token, created_at, expires_at) VALUES ($hash, $person, $form, $now, $expires)",
                transaction, ct, ("$hash", WebTokens.Hash(sessionToken)), ("$person", link.Person), ("$form", formToken), ("$now", now), ("$expires", expires));
            await AuditLog.WriteAsync(connection, transaction, now, link.Person, "web.signin", "web_session", id, string.Empty, ct);
            return new SignInResult(SignInOutcome.SignedIn, new WebSession(id, link.Person, formToken, now, expires), sessionToken);
        }, ct);

    /// <summary>The live session a cookie names: null when unknown, expired or revoked.</summary>
    public async Task<WebSession?> FindAsync(string sessionToken, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleAsync(
            "SELECT * FROM web_sessions WHERE token_hash = $hash AND revoked_at IS NULL AND expires_at > $now",
            null,
            r => new WebSession(r.Long("id"), r.Str("person"), r.Str("form_token"), r.Instant("created_at"), r.Instant("expires_at")),
            ct,
            ("$hash", WebTokens.Hash(sessionToken)), ("$now", time.GetUtcNow()));
    }

    /// <summary>Ends every live session of one person (sign-out from chat or from the page). Returns how many.</summary>
    public Task<int> RevokeAllAsync(string person, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            var ended = await connection.ExecuteAsync(
                "UPDATE web_sessions SET revoked_at = $now WHERE person = $person AND revoked_at IS NULL AND expires_at > $now",
                transaction, ct, ("$now", now), ("$person", person));
            await AuditLog.WriteAsync(connection, transaction, now, person, "web.signout", "web_session", person, $"{ended} session(s)", ct);
            return ended;
        }, ct);

    /// <summary>A file or export taken from the page, for the audit log.</summary>
    public Task RecordDownloadAsync(string person, string entity, string entityId, string details, CancellationToken ct = default) =>
        database.InTransactionAsync((connection, transaction) =>
            AuditLog.WriteAsync(connection, transaction, time.GetUtcNow(), person, "web.download", entity, entityId, details, ct), ct);

    private sealed record LinkRow(string Person, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt);
}
