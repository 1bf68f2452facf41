using System.Security.Cryptography;
using System.Text;

namespace QcdcBot.Storage.Web;

/// <summary>Random secrets for links and cookies, and the hashes the store keeps instead of them.</summary>
internal static class WebTokens
{
    /// <summary>256 random bits, URL-safe base64 (43 characters).</summary>
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
