using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using QcdcBot.Bot.Web.Links;

namespace QcdcBot.Bot.Web.Downloads;

internal static class DownloadServiceCollectionExtensions
{
    /// <summary>Download links for documents a chat cannot carry, and their page when <c>Web:PublicUrl</c> is set.</summary>
    public static IHostApplicationBuilder AddDownloadLinks(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<LinkSigner>();
        builder.Services.TryAddSingleton<DownloadLinks>();
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{WebOptions.SectionName}:{nameof(WebOptions.PublicUrl)}"]))
        {
            builder.Services.AddWebEndpoints<DownloadPage>();
        }

        return builder;
    }
}
