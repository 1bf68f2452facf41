using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QcdcBot.Scheduling.Calendar;
using Quartz;

namespace QcdcBot.Scheduling.Digests;

internal static class DigestScheduleServiceCollectionExtensions
{
    public const string WeeklyJobName = "weekly-digest";

    /// <summary>
    /// The Quartz trigger of the weekly digest on <c>Digest:Cron</c> (checked at start) in the calendar's time zone.
    /// The Bot must register <see cref="IDigestPublisher"/>.
    /// </summary>
    public static IServiceCollection AddWeeklyDigest(this IServiceCollection services)
    {
        services.AddOptions<DigestScheduleOptions>()
            .BindConfiguration(DigestScheduleOptions.SectionName)
            .Validate(o => IsCron(o.Cron), "Digest:Cron must be a Quartz cron expression, e.g. \"0 30 7 ? * MON\".")
            .ValidateOnStart();

        // A digest missed while the bot was down is not sent late on start: leaders get the next one on time
        // (and /tonghop any time), which beats a Monday digest arriving on Wednesday.
        services.AddQuartz(q => q.ScheduleJob<WeeklyDigestJob>(
            (sp, trigger) => trigger
                .WithIdentity(WeeklyJobName)
                .WithCronSchedule(
                    sp.GetRequiredService<IOptions<DigestScheduleOptions>>().Value.Cron,
                    cron => cron
                        .InTimeZone(sp.GetRequiredService<WorkingDayCalendar>().TimeZone)
                        .WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)),
            (_, job) => job.WithIdentity(WeeklyJobName)));
        return services;
    }

    private static bool IsCron(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return false;
        }

        try
        {
            _ = new CronExpression(expression);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
