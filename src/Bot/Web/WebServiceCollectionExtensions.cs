using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Web.Health;

namespace QcdcBot.Bot.Web;

internal static class WebServiceCollectionExtensions
{
    /// <summary>Bodies larger than this are refused unless an endpoint raises its own limit (the upload page does).</summary>
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>
    /// Adds a feature's routes to the front door (and so opens it): one line per feature, called once. The feature is
    /// one singleton, so a class that is also a hosted service (a webhook registering itself) is the same instance.
    /// </summary>
    public static IServiceCollection AddWebEndpoints<T>(this IServiceCollection services)
        where T : class, IWebEndpoints
    {
        services.TryAddSingleton<T>();
        services.AddSingleton<IWebEndpoints>(sp => sp.GetRequiredService<T>());
        return services;
    }

    /// <summary>
    /// The front door, called after every feature has registered: <c>Web:*</c> options, /healthz, and Kestrel on
    /// <c>Web:Listen</c> when some feature registered endpoints; otherwise no port is opened.
    /// </summary>
    public static WebApplicationBuilder AddWebFrontDoor(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WebOptions>()
            .BindConfiguration(WebOptions.SectionName)
            .Validate(o => IsHttpUrl(o.Listen), "Web:Listen must be an http:// or https:// address to listen on, e.g. http://0.0.0.0:8080.")
            .Validate(o => o.PublicUrl.Length == 0 || IsHttpUrl(o.PublicUrl), "Web:PublicUrl must be an absolute http(s) URL, e.g. https://qcdc.example.vn.")
            .Validate(o => o.SigningKey.Length is 0 or >= 32, "Web:SigningKey must be at least 32 characters (or empty: a key is generated and kept in the store).")
            .Validate(o => o.UploadLinkLifetime > TimeSpan.Zero && o.UploadLinkLifetime <= TimeSpan.FromDays(90), "Web:UploadLinkLifetime must be between 0 and 90 days.")
            .Validate(o => o.DownloadLinkLifetime > TimeSpan.Zero && o.DownloadLinkLifetime <= TimeSpan.FromDays(7), "Web:DownloadLinkLifetime must be between 0 and 7 days.")
            .ValidateOnStart();
        services.AddSingleton<WebFrontDoor>();

        // Request lines (with personal links in them) are not logged; warnings and errors still are.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = DefaultMaxBodyBytes;
            k.AddServerHeader = false;
        });

        if (!services.Any(d => d.ServiceType == typeof(IWebEndpoints)))
        {
            services.AddSingleton<IServer, ClosedServer>();
            return builder;
        }

        services.AddWebEndpoints<HealthEndpoints>();
        builder.WebHost.UseUrls(builder.Configuration[$"{WebOptions.SectionName}:{nameof(WebOptions.Listen)}"] ?? new WebOptions().Listen);
        return builder;
    }

    /// <summary>Security headers on every response, then every registered feature's routes.</summary>
    public static WebApplication MapWebFrontDoor(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<WebFrontDoor>().IsOpen)
        {
            return app;
        }

        var publicUrl = app.Services.GetRequiredService<IOptions<WebOptions>>().Value.PublicUrl;
        app.UseSecurityHeaders(publicUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
        foreach (var endpoints in app.Services.GetServices<IWebEndpoints>())
        {
            endpoints.Map(app);
        }

        return app;
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
