namespace QcdcBot.Bot.Channels;

/// <summary>Telegram's and Zalo's bot tokens are "&lt;bot id&gt;:&lt;secret&gt;"; the id keys the bot's events in the store and is safe to log.</summary>
internal static class BotToken
{
    public static string IdOf(string token)
    {
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? token[..colon] : "bot";
    }
}
