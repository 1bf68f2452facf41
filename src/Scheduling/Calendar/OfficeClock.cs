namespace QcdcBot.Scheduling.Calendar;

/// <summary>
/// The office's idea of "now" and "today": every clock read goes through the injected TimeProvider and is
/// turned into Vietnamese local time (Asia/Ho_Chi_Minh) here, and only here.
/// </summary>
internal sealed class OfficeClock(TimeProvider time, TimeZoneInfo zone)
{
    public TimeZoneInfo Zone => zone;

    public DateTimeOffset UtcNow => time.GetUtcNow();

    public DateTimeOffset LocalNow => TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone);

    public DateOnly Today => LocalDate(time.GetUtcNow());

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone);

    /// <summary>
    /// The named day is the last day to submit: anything received before local midnight at its end is on time.
    /// Returns 0 when on time, otherwise the number of days late.
    /// </summary>
    public int DaysLate(DateTimeOffset receivedAt, DateOnly dueDate) => Math.Max(0, LocalDate(receivedAt).DayNumber - dueDate.DayNumber);
}
