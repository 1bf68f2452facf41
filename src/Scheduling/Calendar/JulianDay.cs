namespace QcdcBot.Scheduling.Calendar;

/// <summary>Julian day numbers: the astronomy formulas count days this way.</summary>
internal static class JulianDay
{
    // DateOnly.DayNumber counts from 0001-01-01 (proleptic Gregorian), which is JDN 1721426.
    private const int DayNumberOffset = 1_721_426;

    public static int FromDate(DateOnly date) => date.DayNumber + DayNumberOffset;

    public static DateOnly ToDate(int julianDayNumber) => DateOnly.FromDayNumber(julianDayNumber - DayNumberOffset);
}
