using System.Security.Cryptography;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Submissions;

/// <summary>The stored bytes of the files submissions name.</summary>
internal sealed partial class SubmissionStore
{
    /// <summary>
    /// Keeps the bytes, content-addressed: the same bytes are stored once whoever sends them. Files are stored
    /// before the submission that names them, so a file waiting for "which deadline?" is never lost.
    /// </summary>
    public async Task<string> PutFileAsync(byte[] bytes, CancellationToken ct = default)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(
            "INSERT OR IGNORE INTO stored_files (sha256, size, content, stored_at) VALUES ($sha, $size, $content, $now)",
            null, ct, ("$sha", sha), ("$size", bytes.LongLength), ("$content", bytes), ("$now", time.GetUtcNow()));
        return sha;
    }

    public async Task<byte[]?> ReadFileAsync(string sha256, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.Command("SELECT content FROM stored_files WHERE sha256 = $sha", null, ("$sha", sha256));
        return await command.ExecuteScalarAsync(ct) as byte[];
    }
}
