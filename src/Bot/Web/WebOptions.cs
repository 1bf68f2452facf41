namespace QcdcBot.Bot.Web;

/// <summary>The <c>Web</c> section: the bot's one web front door (webhooks, upload page, office pages, /healthz).</summary>
public sealed class WebOptions
{
    public const string SectionName = "Web";

    /// <summary>Where Kestrel listens (plain http; a TLS reverse proxy goes in front). Port 0 picks a free port.</summary>
    public string Listen { get; set; } = "http://0.0.0.0:8080";

    /// <summary>The public https address the proxy serves the front door at; links the bot hands out start with it.</summary>
    public string PublicUrl { get; set; } = string.Empty;

    /// <summary>
    /// The key personal links are signed with (HMAC-SHA256) — secret, at least 32 characters. When empty, a random
    /// key is generated on first start and kept in the store, so links survive restarts.
    /// </summary>
    public string SigningKey { get; set; } = string.Empty;

    /// <summary>How long a personal upload link works (it can be used several times until then).</summary>
    public TimeSpan UploadLinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long a download link works (an export or archive a chat could not carry: Zalo, or over Telegram's 50 MB).
    /// Short, because the file holds every unit's data.
    /// </summary>
    public TimeSpan DownloadLinkLifetime { get; set; } = TimeSpan.FromDays(1);
}
