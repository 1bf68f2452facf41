using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Digests;
using QcdcBot.Scheduling.Tallies;

namespace QcdcBot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>When things happen: the office clock, the working-day calendar, tallies.</summary>
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSchedulingServices();
        return builder;
    }

    internal static IServiceCollection AddSchedulingServices(this IServiceCollection services)
    {
        services.AddSingleton(sp => new OfficeClock(sp.GetRequiredService<TimeProvider>(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")));
        services.AddSingleton<TallyService>();
        services.AddSingleton<DigestBuilder>();
        return services;
    }
}
