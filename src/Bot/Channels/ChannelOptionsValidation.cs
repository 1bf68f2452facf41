using Microsoft.Extensions.Options;

namespace QcdcBot.Bot.Channels;

/// <summary>What every chat channel's settings hold: a bot token, the platform's API address, how events come in, the webhook's path.</summary>
internal interface IChannelOptions
{
    string Token { get; }

    string ApiBaseUrl { get; }

    ReceiveMode Mode { get; }

    string WebhookPath { get; }
}

/// <summary>
/// The start-up checks every channel's settings share, with one wording: a token shaped <c>&lt;bot id&gt;:&lt;secret&gt;</c>,
/// an absolute http(s) API address, and in webhook mode a path on the web front door. Each channel adds its own rules
/// (its webhook secret's alphabet, its poll timeout's range) after these.
/// </summary>
internal static class ChannelOptionsValidation
{
    /// <param name="section">The settings section ("Telegram", "Zalo").</param>
    public static OptionsBuilder<T> ValidateChannel<T>(this OptionsBuilder<T> builder, string section)
        where T : class, IChannelOptions =>
        builder
            .Validate(o => o.Token.Contains(':', StringComparison.Ordinal), $"{section}:Token does not look like a {section} bot token (<bot id>:<secret>).")
            .Validate(o => IsHttpUrl(o.ApiBaseUrl), $"{section}:ApiBaseUrl must be an absolute http(s) URL.")
            .Validate(o => o.Mode != ReceiveMode.Webhook || o.WebhookPath.StartsWith('/'), $"{section}:WebhookPath must start with /.");

    public static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
