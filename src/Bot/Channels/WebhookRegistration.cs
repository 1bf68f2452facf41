using Microsoft.Extensions.Logging;

namespace QcdcBot.Bot.Channels;

/// <summary>
/// A webhook channel's start, the same on every channel: say where the webhook listens, and register the public URL
/// with the platform when one is configured. A failed registration is an error in the log, never a failed start:
/// events still arrive if the webhook was registered before.
/// </summary>
internal static class WebhookRegistration
{
    /// <param name="channel">The channel's name as people read it ("Telegram", "Zalo").</param>
    /// <param name="register">Registers <paramref name="url"/> with the platform.</param>
    /// <param name="fromPlatform">Whether an exception is the platform's refusal or unavailability (anything else is not caught).</param>
    public static async Task RegisterAsync(string channel, string botId, string path, string url, Func<CancellationToken, Task> register,
        Func<Exception, bool> fromPlatform, ILogger logger, CancellationToken ct)
    {
        logger.LogInformation("{Channel} webhook for bot {BotId} at {Path} on the web front door", channel, botId, path);
        if (string.IsNullOrWhiteSpace(url))
        {
            return;
        }

        try
        {
            await register(ct);
            logger.LogInformation("{Channel} webhook registered", channel);
        }
        catch (Exception ex) when (fromPlatform(ex))
        {
            logger.LogError("{Channel} webhook registration failed: {Reason}", channel, ex.Message);
        }
    }
}
