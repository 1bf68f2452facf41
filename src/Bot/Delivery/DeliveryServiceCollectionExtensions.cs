using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using QcdcBot.Bot.Channels;
using QcdcBot.Bot.Reminders;
using QcdcBot.Bot.Web.Upload;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Scheduling.Delivery;

namespace QcdcBot.Bot.Delivery;

internal static class DeliveryServiceCollectionExtensions
{
    /// <summary>
    /// What the scheduling side needs from the host: the outbox writer, the sender that hands outbox rows to the
    /// channels, and the reminder texts. Part of the conversation services: replies go out the same way.
    /// </summary>
    internal static IServiceCollection AddDeliveryServices(this IServiceCollection services)
    {
        services.TryAddSingleton<OutboxWriter>();
        services.TryAddSingleton<ChannelHealth>();
        services.AddUploadLinks();
        services.TryAddSingleton<IMessageSender, ChannelMessageSender>();
        services.TryAddSingleton<IReminderComposer, ReminderComposer>();
        return services;
    }
}
