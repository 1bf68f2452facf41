using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Delivery;
using Quartz;

namespace QcdcBot.Scheduling.Reminders;

internal static class ReminderServiceCollectionExtensions
{
    public const string SweepJobName = "reminder-sweep";

    /// <summary>
    /// Reminder policy, sweep, admin controls, the outbox dispatcher and the Quartz trigger that runs the sweep.
    /// The Bot must register <see cref="IReminderComposer"/> and <see cref="IMessageSender"/>.
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>());
        services.AddOptions<DispatchOptions>().BindConfiguration(DispatchOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DispatchOptions>, DispatchOptionsValidator>());

        services.AddReminderServices();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());

        // Quartz keeps its triggers in RAM and that is enough: our reminder ledger is the source of truth for
        // what was sent, and each sweep computes what is due from it, so misfires (downtime, a long sweep) need no
        // recovery: the next firing catches up. Quartz takes the container's TimeProvider by itself.
        services.AddQuartz(q => q.ScheduleJob<ReminderSweepJob>(
            (sp, trigger) => trigger
                .WithIdentity(SweepJobName)
                .WithCronSchedule(
                    sp.GetRequiredService<IOptions<ReminderOptions>>().Value.SweepCron,
                    cron => cron
                        .InTimeZone(sp.GetRequiredService<WorkingDayCalendar>().TimeZone)
                        .WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)),
            (_, job) => job.WithIdentity(SweepJobName)));
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>The reminder services without anything that runs by itself (no hosted service, no Quartz).</summary>
    internal static IServiceCollection AddReminderServices(this IServiceCollection services)
    {
        services.TryAddSingleton<ReminderPolicy>();
        services.TryAddSingleton<ReminderSweep>();
        services.TryAddSingleton<ReminderControl>();
        services.TryAddSingleton<ChannelLimitRegistry>();
        services.TryAddSingleton<OutboxRateLimiter>();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxDispatcher>();
        return services;
    }
}
