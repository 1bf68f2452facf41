using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace QcdcBot.Bot.Web;

/// <summary>
/// Headers every front-door response carries: no framing, no sniffing, no referrer (personal links are in URLs),
/// no scripts or outside resources, nothing cached. A page that needs more sets its own before writing.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static void Apply(HttpResponse response, bool https)
    {
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers.CacheControl = "no-store";
        if (https)
        {
            headers.StrictTransportSecurity = "max-age=31536000";
        }
    }

    /// <summary>Sets the headers on every response before anything is written (an endpoint may still replace one).</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, bool https) =>
        app.Use(async (context, next) =>
        {
            Apply(context.Response, https);
            await next(context);
        });
}
