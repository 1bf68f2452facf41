namespace QcdcBot.Storage.Submissions;

/// <summary>
/// When each file of a submission was sent: pages sent close together by two members of a unit are listed in the
/// order they were sent, not the order the bot happened to file them.
/// </summary>
internal static class SubmissionPageOrderSchema
{
    public const string Sql = """
        ALTER TABLE submission_files ADD COLUMN sent_at TEXT;
        """;
}
