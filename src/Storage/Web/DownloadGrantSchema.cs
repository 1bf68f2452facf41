namespace QcdcBot.Storage.Web;

internal static class DownloadGrantSchema
{
    /// <summary>
    /// Download links (/xuat, /taifile where the chat cannot carry the file) as short random tokens: what a link gives
    /// is kept here, not in the URL, so a link shows no chat id or file name. Only the token's SHA-256 is stored.
    /// </summary>
    public const string Sql = """
        CREATE TABLE download_grants (
            token_hash   TEXT PRIMARY KEY,
            person       TEXT NOT NULL,
            sha256       TEXT NOT NULL,
            file_name    TEXT NOT NULL,
            content_type TEXT NOT NULL,
            created_at   TEXT NOT NULL,
            expires_at   TEXT NOT NULL
        );
        """;
}
