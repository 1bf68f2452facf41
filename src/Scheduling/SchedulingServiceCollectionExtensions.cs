using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Digests;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Scheduling.Resilience;
using QcdcBot.Scheduling.Tallies;

namespace QcdcBot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>When things happen: the office clock, the working-day calendar, tallies, reminders, the weekly digest.</summary>
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        builder.AddSchedulingReads();
        builder.Services.AddReminders();
        builder.Services.AddWeeklyDigest();
        return builder;
    }

    /// <summary>
    /// The office clock, the calendar and the tallies without the reminders' scheduler, dispatcher and digest: for a
    /// command-line tool that only reads the store (the export), which never starts them.
    /// </summary>
    public static IHostApplicationBuilder AddSchedulingReads(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.SectionName);
        builder.Services.AddSchedulingServices();
        return builder;
    }

    internal static IServiceCollection AddSchedulingServices(this IServiceCollection services)
    {
        // One time zone for "today" everywhere: the calendar's (Calendar:TimeZone).
        services.AddSingleton(sp => new OfficeClock(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<WorkingDayCalendar>().TimeZone));
        services.AddSingleton<TallyService>();
        services.AddSingleton<TallyCounter>();
        services.AddSingleton<DigestBuilder>();
        services.TryAddSingleton<VietnameseLunarCalendar>();
        services.TryAddSingleton<WorkingDayCalendar>();
        services.TryAddSingleton<StoreErrorPolicy>();
        services.AddReminderServices();
        return services;
    }
}
