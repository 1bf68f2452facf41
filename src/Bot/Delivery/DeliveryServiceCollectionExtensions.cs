using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QcdcBot.Bot.Reminders;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Scheduling.Reminders.Dispatch;

namespace QcdcBot.Bot.Delivery;

internal static class DeliveryServiceCollectionExtensions
{
    /// <summary>
    /// What the scheduling side needs from the host: the outbox writer, the sender that hands outbox rows to the
    /// channels, and the reminder texts.
    /// </summary>
    public static IHostApplicationBuilder AddDelivery(this IHostApplicationBuilder builder)
    {
        builder.Services.AddDeliveryServices();
        return builder;
    }

    internal static IServiceCollection AddDeliveryServices(this IServiceCollection services)
    {
        services.AddSingleton<OutboxWriter>();
        services.AddSingleton<IMessageSender, ChannelMessageSender>();
        services.AddSingleton<IReminderComposer, ReminderComposer>();
        return services;
    }
}
