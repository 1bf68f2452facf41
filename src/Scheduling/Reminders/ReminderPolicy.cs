using System.Globalization;
using Microsoft.Extensions.Options;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Reminders;

namespace QcdcBot.Scheduling.Reminders;

/// <summary>
/// Which reminders a due date gets and when. Pure: no clock, no storage; the same inputs give the same schedule.
/// </summary>
internal sealed class ReminderPolicy(WorkingDayCalendar calendar, IOptions<ReminderOptions> options)
{
    /// <summary>
    /// Whether a unit's reply pauses its reminders at <paramref name="now"/>: it says it sent outside the bot, the
    /// office has not rejected that, and <c>Reminders:SentOutsidePause</c> has not run out since it said so.
    /// </summary>
    public bool PausedByReply(Storage.Statuses.StatusNote? status, DateTimeOffset now) =>
        status is { IsSentOutside: true, IsRefused: false } && now - status.CreatedAt < options.Value.SentOutsidePause;

    public ReminderSchedule For(DateOnly dueDate, DeadlineReminderSettings? settings = null)
    {
        var o = options.Value;
        var daysBefore = (settings?.Cadence is { } cadence ? ReminderOptionsValidator.ParseCadence(cadence) : null) ?? o.EffectiveDaysBefore;
        var sendTime = settings?.SendTime ?? o.SendTime;
        var due = dueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // Before and due reminders move back to a working day; two landing on one day keep only the later one
        // (closer to the due date), so nobody gets "7 days left" and "3 days left" in the same morning.
        var leading = new List<(string Name, ReminderSlotKind Kind, int Number, DateOnly Date)>();
        foreach (var n in daysBefore.OrderDescending())
        {
            leading.Add(($"before-{n}", ReminderSlotKind.Before, n, calendar.PreviousWorkingDayOnOrBefore(dueDate.AddDays(-n))));
        }

        if (o.OnDueDate)
        {
            leading.Add(("due", ReminderSlotKind.Due, 0, calendar.PreviousWorkingDayOnOrBefore(dueDate)));
        }

        var slots = new List<ReminderSlot>();
        foreach (var (name, kind, number, date) in leading)
        {
            if (slots.Count > 0 && slots[^1].Date == date)
            {
                slots.RemoveAt(slots.Count - 1);
            }

            slots.Add(new ReminderSlot(name, $"{name}@{due}", kind, number, date, At(date, sendTime)));
        }

        for (var k = 1; k <= o.OverdueMaxTimes; k++)
        {
            var date = calendar.AddWorkingDays(dueDate, k * o.OverdueEveryWorkingDays);
            slots.Add(new ReminderSlot($"overdue-{k}", $"overdue-{k}@{due}", ReminderSlotKind.Overdue, k, date, At(date, sendTime)));
        }

        DateTimeOffset? escalationFrom = null;
        if (o.Escalate)
        {
            // Right after the last overdue reminder; with none configured, one overdue interval after the due date.
            escalationFrom = o.OverdueMaxTimes > 0
                ? slots[^1].SendAt
                : At(calendar.AddWorkingDays(dueDate, o.OverdueEveryWorkingDays), sendTime);
        }

        return new ReminderSchedule(slots, escalationFrom);
    }

    /// <summary>The send time on a local date, as an instant.</summary>
    public DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, calendar.TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }

    public DateTimeOffset SendTimeOn(DateOnly date, DeadlineReminderSettings? settings = null) =>
        At(date, settings?.SendTime ?? options.Value.SendTime);
}
