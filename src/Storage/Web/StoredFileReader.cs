using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Storage.Web;

/// <summary>One submitted file, named by its submission and place in it (never by a path or a hash from the browser).</summary>
internal sealed record SubmittedFile(long SubmissionId, long UnitId, long DeadlineId, SubmissionFile File);

/// <summary>Finds a submitted file and copies its bytes out of the store in pieces, without loading it whole.</summary>
internal sealed class StoredFileReader(SqliteDatabase database)
{
    public async Task<SubmittedFile?> FindAsync(long submissionId, int ordinal, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleAsync(
            """
            SELECT s.id, s.unit_id, s.deadline_id, f.ordinal, f.sha256, f.original_name, f.content_type, f.size
            FROM submission_files f JOIN submissions s ON s.id = f.submission_id
            WHERE f.submission_id = $s AND f.ordinal = $o
            """,
            null,
            r => new SubmittedFile(r.Long("id"), r.Long("unit_id"), r.Long("deadline_id"),
                new SubmissionFile((int)r.Long("ordinal"), r.Str("sha256"), r.Str("original_name"), r.Str("content_type"), r.Long("size"))),
            ct,
            ("$s", submissionId), ("$o", ordinal));
    }

    /// <summary>Copies the stored bytes to <paramref name="output"/>; false when the store has no such content.</summary>
    public async Task<bool> CopyToAsync(string sha256, Stream output, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rowId = await connection.ScalarAsync<long?>("SELECT rowid FROM stored_files WHERE sha256 = $sha", null, ct, ("$sha", sha256));
        if (rowId is null)
        {
            return false;
        }

        await using var blob = new SqliteBlob(connection, "stored_files", "content", rowId.Value, readOnly: true);
        await blob.CopyToAsync(output, 81920, ct);
        return true;
    }
}
