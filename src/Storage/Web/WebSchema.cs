namespace QcdcBot.Storage.Web;

/// <summary>Secrets the bot makes for itself (the link-signing key when <c>Web:SigningKey</c> is not configured).</summary>
internal static class WebSchema
{
    public const string Sql = """
        CREATE TABLE web_secrets (
            name        TEXT PRIMARY KEY,
            value       TEXT NOT NULL,
            created_at  TEXT NOT NULL
        );
        """;
}
