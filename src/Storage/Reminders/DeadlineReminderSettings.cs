namespace QcdcBot.Storage.Reminders;

/// <summary>
/// Per-deadline reminder settings. Cadence, when set, replaces the configured days-before list
/// (e.g. "5,2,1"); send time, when set, replaces the configured time of day. Null means "as configured".
/// </summary>
internal sealed record DeadlineReminderSettings(long DeadlineId, bool Paused, string? Cadence, TimeOnly? SendTime)
{
    public static DeadlineReminderSettings Default(long deadlineId) => new(deadlineId, false, null, null);
}
