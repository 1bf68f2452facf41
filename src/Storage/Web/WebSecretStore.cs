using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Web;

/// <summary>Named secrets generated once and kept in the store, so links signed before a restart stay valid after it.</summary>
internal sealed class WebSecretStore(SqliteDatabase database, TimeProvider time)
{
    /// <summary>The stored value of <paramref name="name"/>; the first caller's <paramref name="create"/> wins, even across processes.</summary>
    public async Task<string> GetOrCreateAsync(string name, Func<string> create, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync("INSERT OR IGNORE INTO web_secrets (name, value, created_at) VALUES ($name, $value, $now)", null, ct,
            ("$name", name), ("$value", create()), ("$now", time.GetUtcNow()));
        return (await connection.ScalarAsync<string>("SELECT value FROM web_secrets WHERE name = $name", null, ct, ("$name", name)))!;
    }
}
