using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using QcdcBot.Storage.Web;

namespace QcdcBot.Bot.Web.Links;

/// <summary>
/// Signs small payloads into URL-safe tokens (payload + truncated HMAC-SHA256) and opens them again. The purpose is
/// part of what is signed, so a token made for one kind of link is worthless as another. The key is
/// <c>Web:SigningKey</c>, or one generated on first start and kept in the store.
/// </summary>
internal sealed class LinkSigner(IOptions<WebOptions> options, WebSecretStore secrets)
{
    /// <summary>128 bits of MAC: unforgeable in practice, and keeps a link short enough to tap on a phone.</summary>
    private const int MacBytes = 16;

    private const string StoredKeyName = "link-signing-key";

    private byte[]? _key;

    public async Task<string> SignAsync(string purpose, byte[] payload, CancellationToken ct)
    {
        var mac = Mac(await KeyAsync(ct), purpose, payload);
        var token = new byte[payload.Length + MacBytes];
        payload.CopyTo(token, 0);
        mac.AsSpan(0, MacBytes).CopyTo(token.AsSpan(payload.Length));
        return Base64Url.EncodeToString(token);
    }

    /// <summary>A MAC of <paramref name="payload"/> alone, URL-safe, for values whose payload the other side already holds.</summary>
    public async Task<string> MacAsync(string purpose, byte[] payload, CancellationToken ct) =>
        Base64Url.EncodeToString(Mac(await KeyAsync(ct), purpose, payload).AsSpan(0, MacBytes));

    /// <summary>The payload when <paramref name="token"/> was signed by us for <paramref name="purpose"/>; null when forged, altered or malformed.</summary>
    public async Task<byte[]?> OpenAsync(string purpose, string token, CancellationToken ct)
    {
        if (token.Length is 0 or > 512 || !Base64Url.IsValid(token))
        {
            return null;
        }

        var bytes = Base64Url.DecodeFromChars(token);
        if (bytes.Length <= MacBytes)
        {
            return null;
        }

        var payload = bytes[..^MacBytes];
        var expected = Mac(await KeyAsync(ct), purpose, payload).AsSpan(0, MacBytes);
        return CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(bytes.Length - MacBytes)) ? payload : null;
    }

    private async Task<byte[]> KeyAsync(CancellationToken ct)
    {
        if (_key is { } key)
        {
            return key;
        }

        var configured = options.Value.SigningKey;
        key = configured.Length > 0
            ? SHA256.HashData(Encoding.UTF8.GetBytes(configured))
            : Convert.FromBase64String(await secrets.GetOrCreateAsync(StoredKeyName, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), ct));
        _key = key;
        return key;
    }

    private static byte[] Mac(byte[] key, string purpose, byte[] payload)
    {
        var purposeBytes = Encoding.UTF8.GetBytes(purpose);
        var input = new byte[purposeBytes.Length + 1 + payload.Length];
        purposeBytes.CopyTo(input, 0);
        payload.CopyTo(input, purposeBytes.Length + 1);
        return HMACSHA256.HashData(key, input);
    }
}
