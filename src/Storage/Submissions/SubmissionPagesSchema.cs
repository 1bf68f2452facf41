namespace QcdcBot.Storage.Submissions;

/// <summary>
/// Pages sent one at a time join the submission they belong to; the time of its last page decides whether the
/// next file is another page or a new version.
/// </summary>
internal static class SubmissionPagesSchema
{
    public const string Sql = """
        ALTER TABLE submissions ADD COLUMN last_file_at TEXT;
        """;
}
