using QcdcBot.Scheduling.Reminders;
using QcdcBot.Storage.Reminders;
using static QcdcBot.Tests.Reminders.ReminderHarness;

namespace QcdcBot.Tests.Reminders;

public sealed class ReminderPolicyTests : IDisposable
{
    private readonly ReminderHarness _h = new();

    public void Dispose() => _h.Dispose();

    private string[] Describe(DateOnly due, DeadlineReminderSettings? settings = null) =>
        [.. _h.Policy.For(due, settings).Slots.Select(s => $"{s.Name} {s.Date:yyyy-MM-dd}")];

    [Fact]
    public void A_weekday_due_date_gets_7_3_1_days_before_the_day_itself_and_three_overdue_reminders_two_working_days_apart() =>
        Assert.Equal(
            ["before-7 2026-03-13", "before-3 2026-03-17", "before-1 2026-03-19", "due 2026-03-20", "overdue-1 2026-03-24", "overdue-2 2026-03-26", "overdue-3 2026-03-30"],
            Describe(D(3, 20)));

    [Fact]
    public void Reminders_on_a_weekend_move_to_the_friday_before_and_a_collision_keeps_the_later_one()
    {
        // Due Sunday 22/3: before-7 (Sun 15/3) → Fri 13/3; before-1 (Sat 21/3) and due (Sun) both → Fri 20/3, "due" wins.
        Assert.Equal(
            ["before-7 2026-03-13", "before-3 2026-03-19", "due 2026-03-20", "overdue-1 2026-03-24", "overdue-2 2026-03-26", "overdue-3 2026-03-30"],
            Describe(D(3, 22)));
    }

    [Fact]
    public void Reminders_inside_Tet_move_before_the_holiday_and_collapse_into_one()
    {
        // Tết 2026 is off Mon 16/2 – Fri 20/2; due Monday 23/2. 7, 3 and 1 days before all land in Tết or the
        // weekends around it, so they all move to Friday 13/2 and only before-1 is kept.
        Assert.Equal(
            ["before-1 2026-02-13", "due 2026-02-23", "overdue-1 2026-02-25", "overdue-2 2026-02-27", "overdue-3 2026-03-03"],
            Describe(D(2, 23)));
    }

    [Fact]
    public void Overdue_reminders_count_working_days_across_a_holiday()
    {
        // Due Tue 28/4/2026: Wed 29/4 is working day 1; 30/4, 1/5 and the weekend are off, so Mon 4/5 is day 2.
        var overdue = _h.Policy.For(D(4, 28)).Slots.Where(s => s.Kind == ReminderSlotKind.Overdue).Select(s => s.Date);
        Assert.Equal([D(5, 4), D(5, 6), D(5, 8)], overdue);
    }

    [Fact]
    public void Send_instants_are_the_local_send_time_in_Vietnam_converted_to_utc()
    {
        var slot = _h.Policy.For(D(3, 20)).Slots[0];
        Assert.Equal(new DateTimeOffset(2026, 3, 13, 1, 0, 0, TimeSpan.Zero), slot.SendAt);
        Assert.Equal("before-7@2026-03-20", slot.Key);
    }

    [Fact]
    public void Escalation_starts_right_after_the_last_overdue_reminder()
    {
        var schedule = _h.Policy.For(D(3, 20));
        Assert.Equal(schedule.Slots[^1].SendAt, schedule.EscalationFrom);
    }

    [Fact]
    public void Per_deadline_cadence_and_send_time_override_the_configuration()
    {
        var settings = new DeadlineReminderSettings(1, false, "5,2", new TimeOnly(14, 30));
        var slots = _h.Policy.For(D(3, 20), settings).Slots;
        Assert.Equal(["before-5", "before-2", "due"], slots.Take(3).Select(s => s.Name));
        Assert.All(slots, s => Assert.Equal(new TimeOnly(14, 30), TimeOnly.FromTimeSpan(s.SendAt.ToOffset(Vietnam).TimeOfDay)));
    }

    [Fact]
    public void Options_validation_rejects_a_bad_cron_and_nonsense_numbers()
    {
        var result = new ReminderOptionsValidator().Validate(null, new ReminderOptions { SweepCron = "every day", DaysBefore = [3, 3], OverdueEveryWorkingDays = 0 });
        Assert.True(result.Failed);
        Assert.Equal(3, result.Failures!.Count());
        Assert.True(new ReminderOptionsValidator().Validate(null, new ReminderOptions()).Succeeded);
    }
}
