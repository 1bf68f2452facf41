using Microsoft.Extensions.Options;
using Quartz;

namespace QcdcBot.Scheduling.Reminders;

/// <summary>Refuses a reminder configuration that would silently send nothing or nonsense.</summary>
internal sealed class ReminderOptionsValidator : IValidateOptions<ReminderOptions>
{
    public const int MaxDaysBefore = 60;
    public const int MaxOverdueTimes = 20;

    public ValidateOptionsResult Validate(string? name, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var days = options.EffectiveDaysBefore;
        if (days.Any(d => d is < 1 or > MaxDaysBefore))
        {
            failures.Add($"Reminders:DaysBefore must be between 1 and {MaxDaysBefore}.");
        }

        if (days.Distinct().Count() != days.Count)
        {
            failures.Add("Reminders:DaysBefore lists a day twice.");
        }

        if (options.OverdueEveryWorkingDays < 1)
        {
            failures.Add("Reminders:OverdueEveryWorkingDays must be at least 1.");
        }

        if (options.OverdueMaxTimes is < 0 or > MaxOverdueTimes)
        {
            failures.Add($"Reminders:OverdueMaxTimes must be 0..{MaxOverdueTimes}.");
        }

        if (options.SentOutsidePause < TimeSpan.Zero || options.SentOutsidePause > TimeSpan.FromDays(60))
        {
            failures.Add("Reminders:SentOutsidePause must be between 00:00:00 (off) and 60.00:00:00.");
        }

        try
        {
            _ = CronExpression.Parse(options.SweepCron);
        }
        catch (FormatException e)
        {
            failures.Add($"Reminders:SweepCron '{options.SweepCron}' is not a Quartz cron expression: {e.Message}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>A per-deadline cadence override: comma-separated days before, e.g. "5,2,1". Null when malformed.</summary>
    public static IReadOnlyList<int>? ParseCadence(string cadence)
    {
        var days = new List<int>();
        foreach (var part in cadence.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, System.Globalization.CultureInfo.InvariantCulture, out var d) || d is < 1 or > MaxDaysBefore)
            {
                return null;
            }

            days.Add(d);
        }

        return days.Distinct().ToList();
    }
}
