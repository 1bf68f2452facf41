using System.Security.Cryptography;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Web;

/// <summary>One stored file given to one person (<c>channel:id</c>) until <see cref="ExpiresAt"/>, under a name and type.</summary>
internal sealed record DownloadGrant(string Person, string Sha256, string FileName, string ContentType, DateTimeOffset ExpiresAt);

/// <summary>Download grants behind short random tokens (see <see cref="DownloadGrantSchema"/>).</summary>
internal sealed class DownloadGrantStore(SqliteDatabase database, TimeProvider time)
{
    /// <summary>128 random bits: unguessable, and 22 characters in a URL.</summary>
    private const int TokenBytes = 16;

    /// <summary>The length of every token this store makes; anything else is not one of them.</summary>
    public const int TokenLength = 22;

    /// <summary>A new token for <paramref name="grant"/>; only its hash is stored.</summary>
    public async Task<string> CreateAsync(DownloadGrant grant, CancellationToken ct = default)
    {
        var token = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(
            """
            INSERT INTO download_grants (token_hash, person, sha256, file_name, content_type, created_at, expires_at)
            VALUES ($hash, $person, $sha, $name, $type, $now, $expires)
            """,
            null, ct, ("$hash", WebTokens.Hash(token)), ("$person", grant.Person), ("$sha", grant.Sha256), ("$name", grant.FileName),
            ("$type", grant.ContentType), ("$now", time.GetUtcNow()), ("$expires", grant.ExpiresAt));
        return token;
    }

    /// <summary>The grant behind <paramref name="token"/>, expired or not; null when it is none of ours.</summary>
    public async Task<DownloadGrant?> FindAsync(string token, CancellationToken ct = default)
    {
        if (token.Length != TokenLength)
        {
            return null;
        }

        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleAsync(
            "SELECT person, sha256, file_name, content_type, expires_at FROM download_grants WHERE token_hash = $hash", null,
            r => new DownloadGrant(r.Str("person"), r.Str("sha256"), r.Str("file_name"), r.Str("content_type"), r.Instant("expires_at")), ct,
            ("$hash", WebTokens.Hash(token)));
    }
}
