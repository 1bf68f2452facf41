using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace QcdcBot.Scheduling.Delivery;

public static class DispatchServiceCollectionExtensions
{
    /// <summary>
    /// A channel's own send limits, bound from <paramref name="section"/> (e.g. <c>Dispatch:Zalo</c>) over
    /// <paramref name="defaults"/>, validated at start. Without this a channel gets <c>Dispatch:Other</c>.
    /// </summary>
    public static IServiceCollection AddChannelRateLimits(this IServiceCollection services, string channel, string section, Action<ChannelRateLimits>? defaults = null)
    {
        var name = channel.ToLowerInvariant();
        var builder = services.AddOptions<ChannelRateLimits>(name);
        if (defaults is not null)
        {
            builder.Configure(defaults);
        }

        builder.BindConfiguration(section)
            .Validate(l => l.IsValid, $"{section} limits must all be at least 1.")
            .ValidateOnStart();
        services.AddSingleton(new ChannelLimitRegistration(name));
        return services;
    }
}
