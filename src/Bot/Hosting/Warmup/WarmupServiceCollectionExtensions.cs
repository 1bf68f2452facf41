using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using QcdcBot.Bot.Digest;
using QcdcBot.Bot.Inbox;

namespace QcdcBot.Bot.Hosting.Warmup;

internal static class WarmupServiceCollectionExtensions
{
    /// <summary>The start-up warm-up and the steps every bot has; a channel adds its own with <see cref="AddWarmStep{T}"/>.</summary>
    public static IServiceCollection AddStartupWarmup(this IServiceCollection services)
    {
        services.TryAddSingleton<FirstPoll>();
        services.TryAddSingleton<TurnsInProgress>();
        services.AddWarmStep<StoredJsonWarmStep>();
        services.AddWarmStep<DigestWarmStep>();
        services.AddHostedService<StartupWarmup>();
        return services;
    }

    public static IServiceCollection AddWarmStep<T>(this IServiceCollection services)
        where T : class, IWarmStep
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWarmStep, T>());
        return services;
    }
}
