using System.Security.Cryptography;
using System.Text;

namespace QcdcBot.Bot.Channels;

/// <summary>A webhook's secret header against the configured secret, in constant time (hashing first hides the length too).</summary>
internal static class SecretHeader
{
    public static bool Matches(string? presented, string expected) =>
        !string.IsNullOrEmpty(expected) && presented is not null &&
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
