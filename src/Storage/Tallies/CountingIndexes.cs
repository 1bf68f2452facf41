namespace QcdcBot.Storage.Tallies;

/// <summary>
/// Indexes that hold every column the counts read (<see cref="PackedCodes"/>), so the grouped reads of /tonghop and
/// the digest never visit the table rows: each unit's first version and its lateness, every status with its answer,
/// the pending extension requests.
/// </summary>
internal static class CountingIndexes
{
    public const string Sql = """
        CREATE INDEX submissions_first_lateness ON submissions(deadline_id, unit_id, days_late) WHERE version = 1;
        CREATE INDEX status_notes_answers ON status_notes(deadline_id, unit_id, state, accepted_at, accepted_by);
        CREATE INDEX extension_requests_pending ON extension_requests(deadline_id, unit_id) WHERE state = 'pending';
        """;
}
