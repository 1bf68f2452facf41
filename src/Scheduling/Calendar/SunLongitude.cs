namespace QcdcBot.Scheduling.Calendar;

/// <summary>
/// The sun's ecliptic longitude (low-precision formula of Meeus, about 0.01°), used to find the
/// major solar terms (trung khí): the sun crossing a multiple of 30°.
/// </summary>
internal static class SunLongitude
{
    private const double Degree = Math.PI / 180;

    /// <summary>The major-term sector the winter solstice (270°) opens.</summary>
    public const int WinterSolsticeSector = 9;

    /// <summary>Longitude in radians, in [0, 2π), at the given Julian date (UT).</summary>
    public static double At(double julianDate)
    {
        double t = (julianDate - 2_451_545.0) / 36_525; // Julian centuries since J2000.0
        double t2 = t * t;
        double meanAnomaly = (357.52910 + (35_999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2)) * Degree;
        double meanLongitude = 280.46645 + (36_000.76983 * t) + (0.0003032 * t2);
        double centre = ((1.914600 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(meanAnomaly))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * meanAnomaly))
            + (0.000290 * Math.Sin(3 * meanAnomaly));

        double longitude = (meanLongitude + centre) * Degree;
        longitude %= 2 * Math.PI;
        return longitude < 0 ? longitude + (2 * Math.PI) : longitude;
    }

    /// <summary>
    /// Which 30° sector (0 = from the March equinox … 9 = from the winter solstice) the sun is in at local
    /// midnight starting the given civil day. A lunar month holds a major term exactly when the sector at
    /// its first day differs from the sector at the next month's first day.
    /// </summary>
    public static int SectorAtStartOfDay(int julianDayNumber, double utcOffsetHours)
    {
        // A Julian day number names noon UT; local midnight is half a day and the offset earlier.
        double midnight = julianDayNumber - 0.5 - (utcOffsetHours / 24);
        return (int)Math.Floor(At(midnight) / (Math.PI / 6));
    }
}
