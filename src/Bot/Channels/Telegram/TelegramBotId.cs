namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>A bot token is "&lt;bot id&gt;:&lt;secret&gt;"; the id keys the bot's updates in the store and is safe to log.</summary>
internal static class TelegramBotId
{
    public static string FromToken(string token)
    {
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? token[..colon] : "bot";
    }
}
