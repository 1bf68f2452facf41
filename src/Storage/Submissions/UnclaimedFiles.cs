using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Submissions;

/// <summary>
/// Takes out of the file store a blob stored for a question that closed without recording it (a /ghinhan file the
/// admin declined), so no file stays behind without a record. A blob anything else still holds stays: a submission,
/// a letter, a message in the outbox, a download link, or another conversation's open question.
/// </summary>
internal sealed class UnclaimedFiles(SqliteDatabase database)
{
    /// <param name="channel">The conversation releasing the files, whose saved state still names them.</param>
    public async Task<int> ReleaseAsync(IEnumerable<string> sha256s, string channel, string chatId, string userId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var removed = 0;
        foreach (var sha in sha256s.Distinct(StringComparer.Ordinal))
        {
            removed += await connection.ExecuteAsync(
                """
                DELETE FROM stored_files WHERE sha256 = $sha
                  AND NOT EXISTS (SELECT 1 FROM submission_files WHERE sha256 = $sha)
                  AND NOT EXISTS (SELECT 1 FROM letters WHERE file_sha256 = $sha)
                  AND NOT EXISTS (SELECT 1 FROM outbox WHERE instr(body, $sha) > 0)
                  AND NOT EXISTS (SELECT 1 FROM download_grants WHERE sha256 = $sha)
                  AND NOT EXISTS (SELECT 1 FROM conversation_state WHERE instr(state, $sha) > 0
                                  AND NOT (channel = $channel AND chat_id = $chat AND user_id = $user))
                """,
                null, ct, ("$sha", sha), ("$channel", channel), ("$chat", chatId), ("$user", userId));
        }

        return removed;
    }
}
