using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using QcdcBot.Scheduling.Digests;

namespace QcdcBot.Bot.Digest;

internal static class DigestServiceCollectionExtensions
{
    /// <summary>The leadership digest: options from <c>Digest</c>, the service and the publisher the weekly job calls.</summary>
    public static IHostApplicationBuilder AddDigest(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.SectionName);
        builder.Services.AddDigestServices();
        return builder;
    }

    internal static IServiceCollection AddDigestServices(this IServiceCollection services)
    {
        services.TryAddSingleton<DigestService>();
        services.TryAddSingleton<LeadershipChats>();
        services.TryAddSingleton<IDigestPublisher, DigestPublisher>();
        return services;
    }
}
