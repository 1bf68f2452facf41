namespace QcdcBot.Storage.Submissions;

/// <summary>A deadline's submissions read in one go (tallies, exports) without scanning every unit's.</summary>
internal static class SubmissionIndexes
{
    public const string Sql = "CREATE INDEX submissions_deadline_unit ON submissions(deadline_id, unit_id, version);";
}
