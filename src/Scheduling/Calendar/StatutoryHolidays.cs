namespace QcdcBot.Scheduling.Calendar;

/// <summary>
/// The holidays of Labour Code 2019 art. 112 in one solar year, on their own dates. A holiday on a weekend is
/// not moved: Vietnam announces compensation days each year, which come in through
/// <see cref="CalendarOptions.ExtraDaysOff"/>.
/// </summary>
internal static class StatutoryHolidays
{
    public static IEnumerable<Holiday> In(int year, CalendarOptions options, VietnameseLunarCalendar lunar)
    {
        yield return new Holiday(new DateOnly(year, 1, 1), HolidayNames.NewYear);

        // With at most MaxTetDaysAroundNewYear days either side, Tết's days (1/1 lunar is 21/1–20/2) stay inside
        // the year of Tết itself, so no other year's Tết needs looking at.
        DateOnly tet = lunar.NewYear(year);
        for (int offset = -options.TetDaysBefore; offset <= options.TetDaysAfter; offset++)
        {
            yield return new Holiday(tet.AddDays(offset), HolidayNames.LunarNewYear);
        }

        yield return new Holiday(lunar.ToSolar(new LunarDate(year, 3, 10, IsLeapMonth: false)), HolidayNames.HungKings);
        yield return new Holiday(new DateOnly(year, 4, 30), HolidayNames.ReunificationDay);
        yield return new Holiday(new DateOnly(year, 5, 1), HolidayNames.LabourDay);

        yield return new Holiday(new DateOnly(year, 9, 2), HolidayNames.NationalDay);
        foreach (DateOnly day in NationalDayNeighbours(year, options))
        {
            yield return new Holiday(day, HolidayNames.NationalDay);
        }
    }

    /// <summary>The announced neighbour day(s) of 2/9 if the year's extra days off name any, else the configured default.</summary>
    private static DateOnly[] NationalDayNeighbours(int year, CalendarOptions options)
    {
        DateOnly before = new(year, 9, 1);
        DateOnly after = new(year, 9, 3);
        DateOnly[] announced = [.. options.ExtraDaysOff.Where(d => d == before || d == after).Distinct().Order()];
        if (announced.Length > 0)
        {
            return announced;
        }

        return [options.NationalDayExtra == NationalDayExtra.DayAfter ? after : before];
    }
}
