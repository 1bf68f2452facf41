using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace QcdcBot.Bot.Inbox.Flood;

internal static class FloodServiceCollectionExtensions
{
    /// <summary>The per-account flood cap of the inbox (<c>Flood:*</c>), validated at start.</summary>
    public static IServiceCollection AddFloodGate(this IServiceCollection services)
    {
        services.AddOptions<FloodOptions>()
            .BindConfiguration(FloodOptions.SectionName)
            .Validate(o => o.PerWindow >= 1, "Flood:PerWindow must be at least 1.")
            .Validate(o => o.Window > TimeSpan.Zero && o.Window <= TimeSpan.FromHours(1), "Flood:Window must be between 0 and 1 hour.")
            .Validate(o => o.StrangerAnswersPerDay >= 0, "Flood:StrangerAnswersPerDay must not be negative.")
            .ValidateOnStart();
        services.TryAddSingleton<FloodGate>();
        return services;
    }
}
