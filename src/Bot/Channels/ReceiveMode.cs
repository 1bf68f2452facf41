namespace QcdcBot.Bot.Channels;

/// <summary>
/// How a channel's updates reach the bot: it asks (long polling; no public address, for development), or the
/// platform posts each one to a public https URL on the web front door (production). Telegram and Zalo both allow
/// only one at a time: getUpdates fails while a webhook is set.
/// </summary>
public enum ReceiveMode
{
    Polling,
    Webhook,
}
