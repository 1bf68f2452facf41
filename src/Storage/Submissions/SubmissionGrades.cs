using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Submissions;

/// <summary>
/// Grades a deadline's submissions again against each unit's due date as it is now (the deadline's own, or a later
/// approved extension), in the caller's transaction: a submission graded late is on time once an extension covering
/// it is approved, and moving the deadline moves every grade with it.
/// </summary>
internal static class SubmissionGrades
{
    public static Task RegradeAsync(SqliteConnection connection, SqliteTransaction transaction, long deadlineId, CancellationToken ct) =>
        connection.ExecuteAsync(
            """
            UPDATE submissions AS s
            SET due_date = e.due,
                days_late = MAX(0, CAST(julianday(s.received_local_date) - julianday(e.due) AS INTEGER))
            FROM (
                SELECT d.id AS deadline_id, u.unit_id, MAX(d.due_date, COALESCE(o.due_date, d.due_date)) AS due
                FROM deadlines d
                JOIN (SELECT DISTINCT unit_id FROM submissions WHERE deadline_id = $d) u
                LEFT JOIN due_overrides o ON o.deadline_id = d.id AND o.unit_id = u.unit_id
                WHERE d.id = $d
            ) AS e
            WHERE s.deadline_id = e.deadline_id AND s.unit_id = e.unit_id
            """,
            transaction, ct, ("$d", deadlineId));
}
