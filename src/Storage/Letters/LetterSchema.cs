namespace QcdcBot.Storage.Letters;

internal static class LetterSchema
{
    /// <summary>
    /// The official letters deadlines were taken from. <c>draft_id</c> is unique so that creating the same proposal
    /// twice (a retry after a crash) finds the first letter instead of making its deadlines again. The file is a
    /// stored_files blob, like a submission's.
    /// </summary>
    public const string Sql = """
        CREATE TABLE letters (
            id           INTEGER PRIMARY KEY,
            draft_id     TEXT NOT NULL UNIQUE,
            number       TEXT,
            kind         TEXT NOT NULL,
            letter_date  TEXT,
            reference    TEXT NOT NULL,
            file_sha256  TEXT REFERENCES stored_files(sha256),
            file_name    TEXT,
            content_type TEXT,
            created_by   TEXT NOT NULL,
            created_at   TEXT NOT NULL
        );

        ALTER TABLE deadlines ADD COLUMN letter_id INTEGER REFERENCES letters(id);
        """;
}
