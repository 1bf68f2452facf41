using System.ComponentModel.DataAnnotations;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>The <c>Telegram</c> section. The token and the webhook secret come from user secrets or the environment only.</summary>
public sealed class TelegramOptions : IChannelOptions
{
    public const string SectionName = "Telegram";

    /// <summary>The bot token from @BotFather. Never logged.</summary>
    public string Token { get; set; } = string.Empty;

    [Required]
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    public ReceiveMode Mode { get; set; } = ReceiveMode.Polling;

    /// <summary>How long one getUpdates call waits for news (Telegram's long polling).</summary>
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromSeconds(50);

    /// <summary>The least time from one getUpdates call to the next, whatever the answer: a bad answer cannot make the bot spin.</summary>
    public TimeSpan MinPollInterval { get; set; } = TimeSpan.FromSeconds(0.5);

    /// <summary>Webhook mode: the path on the web front door (<c>Web:Listen</c>) Telegram posts updates to.</summary>
    public string WebhookPath { get; set; } = "/telegram/webhook";

    /// <summary>Webhook mode: the public https URL registered with Telegram at start (nothing is registered when empty).</summary>
    public string WebhookUrl { get; set; } = string.Empty;

    /// <summary>Webhook mode: the secret Telegram sends in X-Telegram-Bot-Api-Secret-Token (1–256 of A-Z a-z 0-9 _ -).</summary>
    public string WebhookSecret { get; set; } = string.Empty;

    /// <summary>Parts of an album arrive as separate updates; they are gathered for this long, then handled as one message.</summary>
    public TimeSpan AlbumWindow { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>Group chat ids that are leadership chats besides those set with /nhomlanhdao.</summary>
    public List<string> LeadershipChatIds { get; set; } = [];

    /// <summary>Attempts per API call for transient failures (timeouts, connection errors, 5xx, 429).</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time limit of one API call other than getUpdates.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The Bot API lets bots download files up to 20 MB.</summary>
    public long MaxDownloadBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>How long handled update ids are kept to recognise a second delivery.</summary>
    public TimeSpan DedupeRetention { get; set; } = TimeSpan.FromDays(7);
}
