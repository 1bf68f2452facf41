using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace QcdcBot.Scheduling.Calendar;

/// <summary>
/// Which days are working days for the office: Monday–Friday except statutory holidays and announced days off,
/// plus announced make-up Saturdays. Holidays that fall on a weekend are not shifted here; Vietnam announces
/// the compensation day each year and it is configured in <see cref="CalendarOptions.ExtraDaysOff"/>.
/// </summary>
internal sealed class WorkingDayCalendar
{
    private readonly CalendarOptions _options;
    private readonly VietnameseLunarCalendar _lunar;
    private readonly HashSet<DateOnly> _extraDaysOff;
    private readonly HashSet<DateOnly> _extraWorkingDays;

    // Holidays need lunar astronomy; every reminder asks about a few days of the same year or two.
    private readonly ConcurrentDictionary<int, IReadOnlyDictionary<DateOnly, string>> _statutoryByYear = new();

    public WorkingDayCalendar(IOptions<CalendarOptions> options, VietnameseLunarCalendar lunar)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(lunar);

        Validate(options.Value);
        _options = Snapshot(options.Value);
        _lunar = lunar;
        _extraDaysOff = [.. _options.ExtraDaysOff];
        _extraWorkingDays = [.. _options.ExtraWorkingDays];
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(_options.TimeZone);
    }

    /// <summary>The zone in which "today" is taken before asking this calendar.</summary>
    public TimeZoneInfo TimeZone { get; }

    public bool IsWorkingDay(DateOnly day)
    {
        if (StatutoryIn(day.Year).ContainsKey(day) || _extraDaysOff.Contains(day))
        {
            return false;
        }

        return !IsWeekend(day) || _extraWorkingDays.Contains(day);
    }

    /// <summary>Statutory holidays and announced days off in the year, by date; weekends are not listed.</summary>
    public IReadOnlyList<Holiday> HolidaysIn(int year)
    {
        IReadOnlyDictionary<DateOnly, string> statutory = StatutoryIn(year);
        IEnumerable<Holiday> announced = _extraDaysOff
            .Where(d => d.Year == year && !statutory.ContainsKey(d))
            .Select(d => new Holiday(d, AnnouncedDayOffName(d)));

        return [.. statutory.Select(h => new Holiday(h.Key, h.Value)).Concat(announced).OrderBy(h => h.Date)];
    }

    /// <summary>The name of the holiday or announced day off on <paramref name="day"/>; null for working days and plain weekends.</summary>
    public string? HolidayName(DateOnly day)
    {
        if (StatutoryIn(day.Year).TryGetValue(day, out string? name))
        {
            return name;
        }

        return _extraDaysOff.Contains(day) ? AnnouncedDayOffName(day) : null;
    }

    /// <summary><paramref name="day"/> itself if it is a working day, else the last working day before it.</summary>
    public DateOnly PreviousWorkingDayOnOrBefore(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="day"/>, not counting
    /// <paramref name="day"/> itself; 0 returns <paramref name="day"/> unchanged.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly day, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);

        while (workingDays > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                workingDays--;
            }
        }

        return day;
    }

    private IReadOnlyDictionary<DateOnly, string> StatutoryIn(int year) =>
        _statutoryByYear.GetOrAdd(year, BuildStatutory);

    private Dictionary<DateOnly, string> BuildStatutory(int year)
    {
        // Holidays can coincide (10/3 lunar can fall on 30/4 or 1/5); the day keeps the first name.
        var byDate = new Dictionary<DateOnly, string>();
        foreach (Holiday holiday in StatutoryHolidays.In(year, _options, _lunar))
        {
            byDate.TryAdd(holiday.Date, holiday.Name);
        }

        return byDate;
    }

    /// <summary>
    /// Config gives only dates, so the name is inferred: a day off right after a run of days off that includes a
    /// holiday on a weekend is compensation (nghỉ bù); anything else is a bridge day or swap.
    /// </summary>
    private string AnnouncedDayOffName(DateOnly day)
    {
        for (DateOnly earlier = day.AddDays(-1); !IsWorkingDay(earlier); earlier = earlier.AddDays(-1))
        {
            if (IsWeekend(earlier) && StatutoryIn(earlier.Year).ContainsKey(earlier))
            {
                return HolidayNames.Compensatory;
            }
        }

        return HolidayNames.Announced;
    }

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    // Later edits to the bound object must not change answers already given or cached.
    private static CalendarOptions Snapshot(CalendarOptions options) => new()
    {
        TimeZone = options.TimeZone,
        TetDaysBefore = options.TetDaysBefore,
        TetDaysAfter = options.TetDaysAfter,
        NationalDayExtra = options.NationalDayExtra,
        ExtraDaysOff = [.. options.ExtraDaysOff],
        ExtraWorkingDays = [.. options.ExtraWorkingDays],
    };

    private static void Validate(CalendarOptions options)
    {
        var failures = new List<string>();
        if (options.TetDaysBefore is < 0 or > CalendarOptions.MaxTetDaysAroundNewYear)
        {
            failures.Add($"{nameof(CalendarOptions.TetDaysBefore)} must be 0..{CalendarOptions.MaxTetDaysAroundNewYear}.");
        }

        if (options.TetDaysAfter is < 0 or > CalendarOptions.MaxTetDaysAroundNewYear)
        {
            failures.Add($"{nameof(CalendarOptions.TetDaysAfter)} must be 0..{CalendarOptions.MaxTetDaysAroundNewYear}.");
        }

        if (!Enum.IsDefined(options.NationalDayExtra))
        {
            failures.Add($"{nameof(CalendarOptions.NationalDayExtra)} must be DayBefore or DayAfter.");
        }

        foreach (DateOnly both in options.ExtraDaysOff.Intersect(options.ExtraWorkingDays))
        {
            failures.Add($"{both:yyyy-MM-dd} is listed both as an extra day off and as an extra working day.");
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(CalendarOptions.SectionName, typeof(CalendarOptions), failures);
        }
    }
}
