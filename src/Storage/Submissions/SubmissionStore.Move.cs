using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Submissions;

internal sealed partial class SubmissionStore
{
    /// <summary>One submission with its files, or null when there is none of that id.</summary>
    public async Task<Submission?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await GetAsync(connection, null, id, ct);
    }

    /// <summary>
    /// Files a submission under another deadline of its unit, as its first hand-in there: a file the bot filed by a
    /// guess that the member says was wrong. Moved only while it is still the unit's latest for the first deadline
    /// (nothing was handed in over it) and the unit has handed nothing in for the other (it never replaces a hand-in);
    /// otherwise null and nothing changes. Same receipt number; graded against the other deadline's due date for the unit.
    /// </summary>
    public Task<Submission?> MoveAsync(long submissionId, long toDeadlineId, string byWhom, CancellationToken ct = default) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            if (await GetAsync(connection, transaction, submissionId, ct) is not { } moving ||
                (await LatestAsync(connection, transaction, moving.UnitId, moving.DeadlineId, ct))?.Id != moving.Id ||
                await LatestAsync(connection, transaction, moving.UnitId, toDeadlineId, ct) is not null)
            {
                return null;
            }

            await connection.ExecuteAsync("UPDATE submissions SET deadline_id = $to, version = 1 WHERE id = $id", transaction, ct, ("$to", toDeadlineId), ("$id", submissionId));
            await SubmissionGrades.RegradeAsync(connection, transaction, toDeadlineId, ct);
            await AuditLog.WriteAsync(connection, transaction, time.GetUtcNow(), byWhom, "submission.move", "submission", submissionId,
                $"unit {moving.UnitId} deadline {moving.DeadlineId} v{moving.Version} → deadline {toDeadlineId} v1 {moving.ReceiptNo}", ct);
            return await GetAsync(connection, transaction, submissionId, ct);
        }, ct);
}
