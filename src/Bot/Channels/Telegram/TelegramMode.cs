namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>How updates reach the bot: it asks (long polling) or Telegram posts them to a public https URL.</summary>
public enum TelegramMode
{
    Polling,
    Webhook,
}
