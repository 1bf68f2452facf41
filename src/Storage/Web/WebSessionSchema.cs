namespace QcdcBot.Storage.Web;

internal static class WebSessionSchema
{
    /// <summary>
    /// The office web page's sign-in links and sessions. Only SHA-256 hashes of the tokens are kept, so a copy of the
    /// file does not let anyone in; a session is ended by marking it revoked, never by deleting the row.
    /// </summary>
    public const string Sql = """
        CREATE TABLE web_sign_in_links (
            token_hash TEXT PRIMARY KEY,
            person     TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            used_at    TEXT
        );

        CREATE TABLE web_sessions (
            id         INTEGER PRIMARY KEY,
            token_hash TEXT NOT NULL UNIQUE,
            person     TEXT NOT NULL,
            form_token TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            revoked_at TEXT
        );
        CREATE INDEX web_sessions_person ON web_sessions(person);
        """;
}
