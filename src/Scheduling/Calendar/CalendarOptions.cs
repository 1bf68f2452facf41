namespace QcdcBot.Scheduling.Calendar;

/// <summary>
/// Days off for reminders. The statutory holidays (Labour Code 2019, art. 112) are built in: 1/1, Tết (5 days),
/// 10/3 lunar, 30/4, 1/5, 2/9 and one day next to it. What the government announces each year (where Tết's days sit,
/// swaps, bridge days, make-up Saturdays) is configured here.
/// </summary>
public sealed class CalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>Largest accepted <see cref="TetDaysBefore"/> / <see cref="TetDaysAfter"/>; guards against typos.</summary>
    public const int MaxTetDaysAroundNewYear = 15;

    /// <summary>IANA id of the time zone the bot's "today" is taken in.</summary>
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    /// <summary>
    /// Days off before Tết (1/1 lunar). The default 1 is the last day of the lunar year: 30/12, or 29/12 when
    /// month 12 is short. Together with the default <see cref="TetDaysAfter"/> that is the statutory 5 days; the
    /// government usually places them this way.
    /// </summary>
    public int TetDaysBefore { get; set; } = 1;

    /// <summary>Days off after 1/1 lunar. The default 3 gives 2/1, 3/1 and 4/1.</summary>
    public int TetDaysAfter { get; set; } = 3;

    /// <summary>
    /// The day next to 2/9 that is off. The law lets the government choose 1/9 or 3/9 each year; the default
    /// <see cref="NationalDayExtra.DayBefore"/> (1/9) is the more common choice. A year whose
    /// <see cref="ExtraDaysOff"/> lists 1/9 or 3/9 uses those days instead of this default.
    /// </summary>
    public NationalDayExtra NationalDayExtra { get; set; } = NationalDayExtra.DayBefore;

    /// <summary>Announced days off on top of the statutory ones: swaps, bridge days, compensation for holidays on a weekend.</summary>
    public List<DateOnly> ExtraDaysOff { get; set; } = [];

    /// <summary>Announced make-up working days, normally Saturdays. They only turn weekend days into working days; a holiday stays off.</summary>
    public List<DateOnly> ExtraWorkingDays { get; set; } = [];
}
