using System.ComponentModel.DataAnnotations;

namespace QcdcBot.Bot.Channels.Zalo;

/// <summary>The <c>Zalo</c> section (Zalo Bot Platform). The token and the webhook secret come from user secrets or the environment only.</summary>
public sealed class ZaloOptions : IChannelOptions
{
    public const string SectionName = "Zalo";

    /// <summary>The bot token from Zalo Bot Creator (<c>&lt;bot id&gt;:&lt;secret&gt;</c>). Never logged.</summary>
    public string Token { get; set; } = string.Empty;

    [Required]
    public string ApiBaseUrl { get; set; } = "https://bot-api.zaloplatforms.com";

    public ReceiveMode Mode { get; set; } = ReceiveMode.Polling;

    /// <summary>How long one getUpdates call waits for an event before Zalo answers 408.</summary>
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Webhook mode: the path on the web front door Zalo posts events to.</summary>
    public string WebhookPath { get; set; } = "/zalo/webhook";

    /// <summary>Webhook mode: the public https URL registered with Zalo at start (nothing is registered when empty).</summary>
    public string WebhookUrl { get; set; } = string.Empty;

    /// <summary>Webhook mode: the secret Zalo sends in X-Bot-Api-Secret-Token (8–256 characters).</summary>
    public string WebhookSecret { get; set; } = string.Empty;

    /// <summary>The bot's own link from Zalo Bot Creator, put in invite messages (Zalo links carry no payload: the code is typed).</summary>
    public string BotLink { get; set; } = string.Empty;

    /// <summary>Attempts per API call for transient failures (timeouts, connection errors, 5xx, 429).</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time limit of one API call other than getUpdates, and of one image download.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
