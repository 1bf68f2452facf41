namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>Telegram's webhook secret: its header and the characters Telegram accepts (compared with <see cref="SecretHeader"/>).</summary>
internal static class WebhookSecret
{
    public const string Header = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Telegram accepts 1–256 characters of A-Z, a-z, 0-9, _ and -.</summary>
    public static bool IsValid(string secret) =>
        secret.Length is >= 1 and <= 256 && secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
