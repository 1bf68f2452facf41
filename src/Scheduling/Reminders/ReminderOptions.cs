namespace QcdcBot.Scheduling.Reminders;

/// <summary>When reminders go out (section <c>Reminders</c>). Checked at start by <see cref="ReminderOptionsValidator"/>.</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>The days-before list used when <see cref="DaysBefore"/> is not configured.</summary>
    public static IReadOnlyList<int> DefaultDaysBefore { get; } = [7, 3, 1];

    /// <summary>
    /// Calendar days before the due date to remind (default 7, 3, 1). A reminder that lands on a day off moves to the
    /// working day before it. Null by default because the configuration binder appends to a pre-filled collection.
    /// </summary>
    public int[]? DaysBefore { get; set; }

    /// <summary>Remind on the due date itself (or the working day before it, if it is a day off).</summary>
    public bool OnDueDate { get; set; } = true;

    /// <summary>After the due date, remind every this many working days …</summary>
    public int OverdueEveryWorkingDays { get; set; } = 2;

    /// <summary>… this many times (overdue-1 … overdue-N).</summary>
    public int OverdueMaxTimes { get; set; } = 3;

    /// <summary>Local time of day (Asia/Ho_Chi_Minh) at which a day's reminders become due.</summary>
    public TimeOnly SendTime { get; set; } = new(8, 0);

    /// <summary>After the last overdue reminder, tell the admins which units are still missing (each once per due date).</summary>
    public bool Escalate { get; set; } = true;

    /// <summary>
    /// Quartz cron (seconds first) of the sweep, in Asia/Ho_Chi_Minh. The default, every 15 minutes 07:00–17:45
    /// Monday–Friday, keeps messages in office hours; a make-up Saturday only gets reminders on Monday's sweep,
    /// which is why slots on such a day are still delivered (late) instead of lost.
    /// </summary>
    public string SweepCron { get; set; } = "0 */15 7-17 ? * MON-FRI";

    /// <summary>
    /// A unit that says it sent on paper, by iOffice or by e-mail is not reminded of that deadline while the office
    /// checks (until it records the submission with /ghinhan or rejects the claim with /chuanhan), for at most this
    /// long after the unit said so; then reminders resume. Zero turns the pause off.
    /// </summary>
    public TimeSpan SentOutsidePause { get; set; } = TimeSpan.FromDays(7);

    internal IReadOnlyList<int> EffectiveDaysBefore => DaysBefore ?? DefaultDaysBefore;
}
