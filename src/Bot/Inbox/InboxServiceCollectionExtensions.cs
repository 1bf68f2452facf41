using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using QcdcBot.Bot.Inbox.Flood;

namespace QcdcBot.Bot.Inbox;

internal static class InboxServiceCollectionExtensions
{
    /// <summary>A channel's inbox handler, and (once, whichever channel comes first) the processor that runs them all.</summary>
    public static IServiceCollection AddInboxHandler<THandler>(this IServiceCollection services)
        where THandler : class, IInboxHandler
    {
        services.TryAddSingleton<THandler>();
        services.AddSingleton<IInboxHandler>(sp => sp.GetRequiredService<THandler>());
        if (!services.Any(d => d.ServiceType == typeof(InboxProcessor)))
        {
            services.AddSingleton<InboxSignal>();
            services.TryAddSingleton<TurnsInProgress>();
            services.AddSingleton<AttachmentPrefetch>();
            services.AddFloodGate();
            services.AddSingleton<InboxProcessor>();
            services.AddHostedService(sp => sp.GetRequiredService<InboxProcessor>());
        }

        return services;
    }
}
