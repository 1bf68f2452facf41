using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Web;

namespace QcdcBot.Bot.Web.Office;

internal enum SessionCheck
{
    SignedIn,

    /// <summary>No cookie, or one naming no live session (unknown, forged, expired, signed out).</summary>
    Missing,

    /// <summary>A live session whose person is no longer an admin or leader in the settings.</summary>
    NotAllowed,
}

/// <summary>The session cookie: reading it on every request, setting it at sign-in, and the form token check.</summary>
internal sealed class OfficeSessions(WebSessionStore store, MemberStore members, IOptionsMonitor<BotOptions> bot, IOptionsMonitor<WebOptions> web)
{
    public const string CookieName = "qcdc_phien";

    /// <summary>The double-submit value of the sign-in form (there is no session yet to hold a form token).</summary>
    public const string SignInCookieName = "qcdc_dangnhap";

    public async Task<(SessionCheck Check, OfficeViewer? Viewer)> CheckAsync(HttpContext http, CancellationToken ct)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName, out var token) || string.IsNullOrEmpty(token) || token.Length > 100 ||
            await store.FindAsync(token, ct) is not { } session)
        {
            return (SessionCheck.Missing, null);
        }

        // The role is read from the settings on every request, as chat does: removing someone from Bot:Admins locks them out.
        var settings = bot.CurrentValue;
        var isAdmin = settings.IsAdmin(session.Person);
        var isLeader = settings.IsLeader(session.Person);
        if (!isAdmin && !isLeader)
        {
            return (SessionCheck.NotAllowed, null);
        }

        var separator = session.Person.IndexOf(':', StringComparison.Ordinal);
        var member = separator > 0 ? await members.FindAsync(session.Person[..separator], session.Person[(separator + 1)..], ct) : null;
        return (SessionCheck.SignedIn, new OfficeViewer(session, member?.DisplayName ?? session.Person, isAdmin, isLeader));
    }

    /// <summary>
    /// A browser-session cookie: the store alone decides when the session ends (<c>Web:SessionLifetime</c>, /dangxuat),
    /// so a wrong clock on the office computer neither cuts it short nor keeps it alive.
    /// </summary>
    public void SetSessionCookie(HttpResponse response, string token) =>
        response.Cookies.Append(CookieName, token, Options(OfficeRoutes.Base));

    public void SetSignInCookie(HttpResponse response, string value) =>
        response.Cookies.Append(SignInCookieName, value, Options(OfficeRoutes.SignIn));

    public void ClearSessionCookie(HttpResponse response) => response.Cookies.Delete(CookieName, Options(OfficeRoutes.Base));

    public void ClearSignInCookie(HttpResponse response) => response.Cookies.Delete(SignInCookieName, Options(OfficeRoutes.SignIn));

    /// <summary>Constant-time comparison of a posted anti-forgery value with the expected one.</summary>
    public static bool SameToken(string? posted, string expected) =>
        !string.IsNullOrEmpty(posted) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(posted), Encoding.UTF8.GetBytes(expected));

    private CookieOptions Options(string path) => new()
    {
        HttpOnly = true,
        Secure = web.CurrentValue.PublicUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase),
        SameSite = SameSiteMode.Strict,
        Path = path,
        IsEssential = true,
    };
}
