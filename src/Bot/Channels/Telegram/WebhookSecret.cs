using System.Security.Cryptography;
using System.Text;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>The X-Telegram-Bot-Api-Secret-Token check, in constant time (hashing first hides the length too).</summary>
internal static class WebhookSecret
{
    public const string Header = "X-Telegram-Bot-Api-Secret-Token";

    public static bool Matches(string? presented, string expected) =>
        !string.IsNullOrEmpty(expected) && presented is not null &&
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    /// <summary>Telegram accepts 1–256 characters of A-Z, a-z, 0-9, _ and -.</summary>
    public static bool IsValid(string secret) =>
        secret.Length is >= 1 and <= 256 && secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
