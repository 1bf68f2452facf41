namespace QcdcBot.Scheduling.Calendar;

/// <summary>
/// Times of new moons by the truncated series of Meeus ("Astronomical Formulae for Calculators"),
/// accurate to a few minutes over 1800–2200, which is enough to place a new moon on the right civil day
/// except in the rare case of one falling within minutes of midnight.
/// </summary>
internal static class NewMoon
{
    /// <summary>Mean length of a lunation in days.</summary>
    public const double SynodicMonth = 29.530588853;

    /// <summary>Julian date of new moon number 0 of the series (1900-01-01, about 06:13 UT).</summary>
    public const double Epoch = 2_415_020.75933;

    private const double Degree = Math.PI / 180;

    /// <summary>The moment (Julian date, UT) of the <paramref name="k"/>-th new moon after <see cref="Epoch"/>.</summary>
    public static double JulianDate(int k)
    {
        double t = k / 1236.85; // Julian centuries since 1900
        double t2 = t * t;
        double t3 = t2 * t;

        double mean = Epoch + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3)
            + (0.00033 * Math.Sin((166.56 + (132.87 * t) - (0.009173 * t2)) * Degree));

        double sunAnomaly = (359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3)) * Degree;
        double moonAnomaly = (306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3)) * Degree;
        double latitudeArgument = (21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3)) * Degree;

        double correction = ((0.1734 - (0.000393 * t)) * Math.Sin(sunAnomaly))
            + (0.0021 * Math.Sin(2 * sunAnomaly))
            - (0.4068 * Math.Sin(moonAnomaly))
            + (0.0161 * Math.Sin(2 * moonAnomaly))
            - (0.0004 * Math.Sin(3 * moonAnomaly))
            + (0.0104 * Math.Sin(2 * latitudeArgument))
            - (0.0051 * Math.Sin(sunAnomaly + moonAnomaly))
            - (0.0074 * Math.Sin(sunAnomaly - moonAnomaly))
            + (0.0004 * Math.Sin((2 * latitudeArgument) + sunAnomaly))
            - (0.0004 * Math.Sin((2 * latitudeArgument) - sunAnomaly))
            - (0.0006 * Math.Sin((2 * latitudeArgument) + moonAnomaly))
            + (0.0010 * Math.Sin((2 * latitudeArgument) - moonAnomaly))
            + (0.0005 * Math.Sin((2 * moonAnomaly) + sunAnomaly));

        // The series gives dynamical time; subtract ΔT (in days) to get universal time.
        double deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);

        return mean + correction - deltaT;
    }

    /// <summary>The civil day (Julian day number) on which new moon <paramref name="k"/> falls at the given UTC offset.</summary>
    public static int LocalDay(int k, double utcOffsetHours) =>
        (int)Math.Floor(JulianDate(k) + 0.5 + (utcOffsetHours / 24));

    /// <summary>The number of the new moon nearest to the given Julian day, for seeding searches.</summary>
    public static int NearestIndex(int julianDayNumber) =>
        (int)Math.Round((julianDayNumber - Epoch) / SynodicMonth);
}
