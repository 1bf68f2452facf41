using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using QcdcBot.Bot.Web.Links;

namespace QcdcBot.Bot.Web.Upload;

/// <summary>
/// Anti-forgery for the upload form, as a double submit: a random value in a SameSite cookie, and in the form its MAC
/// bound to the link. The MAC uses the link-signing key (configured or kept in the store), not keys held in memory,
/// so a page opened before a restart can still be submitted after it.
/// </summary>
internal sealed class UploadFormGuard(LinkSigner signer)
{
    public const string FieldName = "af";

    public const string CookieName = "qcdc_nop";

    /// <summary>What the MAC is bound to besides the link and the cookie: a form token is no other kind of token.</summary>
    internal const string Purpose = "upload-form";

    /// <summary>The form field's value for this browser and link; sets the cookie when the browser has none yet.</summary>
    public async Task<string> IssueAsync(HttpContext http, string linkToken, CancellationToken ct)
    {
        if (!TryReadCookie(http, out var nonce))
        {
            nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
            http.Response.Cookies.Append(CookieName, nonce, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = http.Request.IsHttps,
                Path = UploadLinks.PathPrefix.TrimEnd('/'),
                IsEssential = true,
            });
        }

        return await signer.MacAsync(Purpose, Bound(linkToken, nonce), ct);
    }

    /// <summary>Whether the posted field matches this browser's cookie and this link.</summary>
    public async Task<bool> IsValidAsync(HttpContext http, string linkToken, string? field, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(field) || field.Length > 64 || !TryReadCookie(http, out var nonce))
        {
            return false;
        }

        var expected = await signer.MacAsync(Purpose, Bound(linkToken, nonce), ct);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(field));
    }

    private static bool TryReadCookie(HttpContext http, out string nonce)
    {
        nonce = http.Request.Cookies.TryGetValue(CookieName, out var value) ? value ?? string.Empty : string.Empty;
        return nonce.Length is > 0 and <= 64 && Base64Url.IsValid(nonce);
    }

    private static byte[] Bound(string linkToken, string nonce) => Encoding.UTF8.GetBytes(linkToken + "\n" + nonce);
}
