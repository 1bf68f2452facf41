namespace QcdcBot.Bot.Web;

/// <summary>The <c>Web</c> section: the bot's one web front door (webhooks, upload page, office pages, /healthz).</summary>
public sealed class WebOptions
{
    public const string SectionName = "Web";

    /// <summary>Where Kestrel listens (plain http; a TLS reverse proxy goes in front). Port 0 picks a free port.</summary>
    public string Listen { get; set; } = "http://0.0.0.0:8080";

    /// <summary>The public https address the proxy serves the front door at; links the bot hands out start with it.</summary>
    public string PublicUrl { get; set; } = string.Empty;
}
