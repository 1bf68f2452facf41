namespace QcdcBot.Scheduling.Calendar;

/// <summary>
/// Solar ↔ lunar conversion for the Vietnamese calendar. It follows the same rules as the Chinese one but
/// is computed for UTC+7 (Vietnam time; earlier historical dates are computed the same way), so a new moon or major term near midnight can land on
/// a different day and Tết can differ (e.g. 1985, 2007). Rules: a month begins on the day of a new moon;
/// month 11 is the one holding the winter solstice; when 13 months lie between two months 11, the first of
/// them without a major solar term is the leap month and takes the number of the month before it.
/// </summary>
internal sealed class VietnameseLunarCalendar
{
    /// <summary>Vietnam's civil time; the calendar is defined for it.</summary>
    public const double VietnamUtcOffsetHours = 7;

    /// <summary>Solar years for which the astronomy formulas are trusted.</summary>
    public const int FirstSupportedYear = 1800;

    /// <inheritdoc cref="FirstSupportedYear"/>
    public const int LastSupportedYear = 2199;

    private readonly double _utcOffsetHours;

    public VietnameseLunarCalendar()
        : this(VietnamUtcOffsetHours)
    {
    }

    private VietnameseLunarCalendar(double utcOffsetHours) => _utcOffsetHours = utcOffsetHours;

    /// <summary>
    /// The same rules computed at another UTC offset (UTC+8 gives the Chinese calendar). Only for comparisons:
    /// Vietnamese dates always use <see cref="VietnamUtcOffsetHours"/>.
    /// </summary>
    public static VietnameseLunarCalendar AtUtcOffset(double utcOffsetHours) => new(utcOffsetHours);

    public LunarDate ToLunar(DateOnly solar)
    {
        EnsureSupported(solar.Year);

        // A date before this year's month 11 belongs to the cycle that ends there, otherwise to the next one.
        List<LunarMonth> cycle = MonthsOfCycleEndingIn(solar.Year + 1);
        if (solar < cycle[0].FirstDay)
        {
            cycle = MonthsOfCycleEndingIn(solar.Year);
        }

        LunarMonth month = cycle.First(m => m.Contains(solar));
        return new LunarDate(month.Year, month.Month, solar.DayNumber - month.FirstDay.DayNumber + 1, month.IsLeapMonth);
    }

    /// <exception cref="ArgumentException">The lunar date does not exist (no such leap month, or day 30 of a short month).</exception>
    public DateOnly ToSolar(LunarDate lunar)
    {
        ArgumentNullException.ThrowIfNull(lunar);
        if (lunar.Month is < 1 or > 12 || lunar.Day is < 1 or > 30)
        {
            throw new ArgumentException($"{Describe(lunar)} is not a lunar date.", nameof(lunar));
        }

        EnsureSupported(lunar.Year);

        // Months 1..10 of lunar year Y lie in the cycle ending at month 11 of solar year Y; months 11 and 12 in the next.
        int cycleYear = lunar.Month >= 11 ? lunar.Year + 1 : lunar.Year;
        LunarMonth? month = MonthsOfCycleEndingIn(cycleYear)
            .FirstOrDefault(m => m.Year == lunar.Year && m.Month == lunar.Month && m.IsLeapMonth == lunar.IsLeapMonth);

        if (month is null)
        {
            throw new ArgumentException($"Lunar year {lunar.Year} has no leap month {lunar.Month}.", nameof(lunar));
        }

        if (lunar.Day > month.Length)
        {
            throw new ArgumentException($"{Describe(lunar)} does not exist: that month has {month.Length} days.", nameof(lunar));
        }

        return month.FirstDay.AddDays(lunar.Day - 1);
    }

    /// <summary>The solar date of Tết Nguyên đán (1/1 of the lunar year) falling in <paramref name="solarYear"/>.</summary>
    public DateOnly NewYear(int solarYear) => ToSolar(new LunarDate(solarYear, 1, 1, IsLeapMonth: false));

    /// <summary>
    /// The 12 or 13 months from month 11 of lunar year <paramref name="solarYear"/> − 2 (holding the solstice of
    /// December <paramref name="solarYear"/> − 1) up to, not including, the month holding the next solstice.
    /// </summary>
    private List<LunarMonth> MonthsOfCycleEndingIn(int solarYear)
    {
        int first = Month11NewMoon(solarYear - 1);
        int next = Month11NewMoon(solarYear);
        int count = next - first;

        var starts = new int[count + 1];
        for (int i = 0; i <= count; i++)
        {
            starts[i] = NewMoon.LocalDay(first + i, _utcOffsetHours);
        }

        int leapIndex = count == 13 ? FirstMonthWithoutMajorTerm(starts) : -1;

        var months = new List<LunarMonth>(count);
        for (int i = 0; i < count; i++)
        {
            // Counting from month 11; months after the leap month are one number behind.
            int ordinal = leapIndex >= 0 && i >= leapIndex ? i - 1 : i;
            int number = ((ordinal + 10) % 12) + 1;
            int year = number >= 11 ? solarYear - 1 : solarYear;
            months.Add(new LunarMonth(year, number, i == leapIndex, JulianDay.ToDate(starts[i]), starts[i + 1] - starts[i]));
        }

        return months;
    }

    private int FirstMonthWithoutMajorTerm(int[] starts)
    {
        // Month 11 holds the solstice by definition, so the search starts with the month after it. Thirteen months
        // share twelve major terms, so one of them always lacks a term.
        for (int i = 1; i < starts.Length - 1; i++)
        {
            if (SunLongitude.SectorAtStartOfDay(starts[i], _utcOffsetHours)
                == SunLongitude.SectorAtStartOfDay(starts[i + 1], _utcOffsetHours))
            {
                return i;
            }
        }

        throw new InvalidOperationException("A 13-month lunar year without a month lacking a major term.");
    }

    /// <summary>Index (see <see cref="NewMoon"/>) of the new moon starting the month that holds the December solstice of <paramref name="solarYear"/>.</summary>
    private int Month11NewMoon(int solarYear)
    {
        int k = NewMoon.NearestIndex(JulianDay.FromDate(new DateOnly(solarYear, 12, 21)));

        // The seed is at most one lunation off; step until the month starts before the solstice sector and the next one after.
        while (true)
        {
            if (SectorAt(k) >= SunLongitude.WinterSolsticeSector)
            {
                k--;
            }
            else if (SectorAt(k + 1) < SunLongitude.WinterSolsticeSector)
            {
                k++;
            }
            else
            {
                return k;
            }
        }
    }

    private int SectorAt(int newMoon) =>
        SunLongitude.SectorAtStartOfDay(NewMoon.LocalDay(newMoon, _utcOffsetHours), _utcOffsetHours);

    private static void EnsureSupported(int year)
    {
        if (year is < FirstSupportedYear or > LastSupportedYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year), year, $"The lunar calendar is computed for {FirstSupportedYear}–{LastSupportedYear} only.");
        }
    }

    private static string Describe(LunarDate lunar) =>
        $"{lunar.Day}/{lunar.Month}{(lunar.IsLeapMonth ? " nhuận" : "")}/{lunar.Year}";
}
