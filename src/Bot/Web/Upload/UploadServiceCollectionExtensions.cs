using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using QcdcBot.Bot.Web.Links;

namespace QcdcBot.Bot.Web.Upload;

internal static class UploadServiceCollectionExtensions
{
    /// <summary>Making and checking personal upload links (reminders and /nopfile hand them out).</summary>
    public static IServiceCollection AddUploadLinks(this IServiceCollection services)
    {
        services.TryAddSingleton<LinkSigner>();
        services.TryAddSingleton<UploadLinks>();
        services.TryAddSingleton<UploadFormGuard>();
        return services;
    }

    /// <summary>The upload page on the web front door, when <c>Web:PublicUrl</c> says where people reach it.</summary>
    public static IHostApplicationBuilder AddUploadPage(this IHostApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{WebOptions.SectionName}:{nameof(WebOptions.PublicUrl)}"]))
        {
            builder.Services.AddWebEndpoints<UploadPage>();
        }

        return builder;
    }
}
