namespace QcdcBot.Storage.Digests;

internal static class DigestSchema
{
    /// <summary>Each digest as sent: the text, who got it, and its numbers (JSON) for the next one to compare with.</summary>
    public const string Sql = """
        CREATE TABLE digests (
            id         INTEGER PRIMARY KEY,
            taken_at   TEXT NOT NULL,
            kind       TEXT NOT NULL CHECK (kind IN ('weekly', 'on_demand')),
            recipients TEXT NOT NULL,
            text       TEXT NOT NULL,
            numbers    TEXT NOT NULL
        );
        """;
}
