using QcdcBot.Scheduling.Calendar;

namespace QcdcBot.Tests.Calendar;

public sealed class VietnameseLunarCalendarTests
{
    private readonly VietnameseLunarCalendar _calendar = new();

    [Theory]
    [InlineData(2020, "2020-01-25")]
    [InlineData(2021, "2021-02-12")]
    [InlineData(2022, "2022-02-01")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2028, "2028-01-26")]
    [InlineData(2029, "2029-02-13")]
    // Not 3 February, the Chinese date: the new moon is at 23:07 in Hanoi on the 2nd (see the test below).
    [InlineData(2030, "2030-02-02")]
    public void Tet_falls_on_the_date_observed_in_Vietnam(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), _calendar.NewYear(year));

    [Theory]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void Hung_Kings_day_10_3_lunar_falls_on_the_observed_date(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), _calendar.ToSolar(new LunarDate(year, 3, 10, false)));

    // A new moon or major term between 16:00 and 17:00 UT is before midnight in Hanoi but after it in Beijing.
    // In 2007 and 2030 that moves the first day of the year by one day; in 1985 it moves the leap month, and
    // with it Tết by a whole month.
    [Theory]
    [InlineData(2007, "2007-02-17", "2007-02-18")]
    [InlineData(2030, "2030-02-02", "2030-02-03")]
    [InlineData(1985, "1985-01-21", "1985-02-20")]
    public void Tet_is_computed_for_Vietnam_time_not_China_time(int year, string vietnam, string china)
    {
        Assert.Equal(DateOnly.Parse(vietnam), _calendar.NewYear(year));
        Assert.Equal(DateOnly.Parse(china), VietnameseLunarCalendar.AtUtcOffset(8).NewYear(year));
    }

    [Theory]
    [InlineData("2025-01-29", 2025, 1, 1, false)]
    [InlineData("2025-01-28", 2024, 12, 29, false)] // lunar 2024 ends on the 29th
    [InlineData("2024-02-09", 2023, 12, 30, false)]
    [InlineData("2023-03-22", 2023, 2, 1, true)]    // 2023 had a leap 2nd month
    [InlineData("2025-07-25", 2025, 6, 1, true)]    // 2025 has a leap 6th month
    [InlineData("2020-05-23", 2020, 4, 1, true)]    // 2020 had a leap 4th month
    [InlineData("2024-12-31", 2024, 12, 1, false)]
    [InlineData("2025-09-02", 2025, 7, 11, false)]
    public void Converts_solar_dates_to_lunar(string solar, int year, int month, int day, bool leap) =>
        Assert.Equal(new LunarDate(year, month, day, leap), _calendar.ToLunar(DateOnly.Parse(solar)));

    [Fact]
    public void Every_day_2019_to_2031_converts_to_lunar_and_back_to_itself()
    {
        for (var day = new DateOnly(2019, 1, 1); day <= new DateOnly(2031, 12, 31); day = day.AddDays(1))
        {
            LunarDate lunar = _calendar.ToLunar(day);
            Assert.Equal(day, _calendar.ToSolar(lunar));
        }
    }

    [Fact]
    public void Consecutive_days_advance_the_lunar_date_by_one_day_or_start_a_new_month()
    {
        LunarDate previous = _calendar.ToLunar(new DateOnly(2019, 1, 1));
        for (var day = new DateOnly(2019, 1, 2); day <= new DateOnly(2031, 12, 31); day = day.AddDays(1))
        {
            LunarDate current = _calendar.ToLunar(day);
            if (current.Day == 1)
            {
                Assert.InRange(previous.Day, 29, 30);
            }
            else
            {
                Assert.Equal(previous with { Day = previous.Day + 1 }, current);
            }

            previous = current;
        }
    }

    [Theory]
    [InlineData(2024, 12, 30, false)] // the last month of lunar 2024 has 29 days
    [InlineData(2024, 3, 1, true)]    // lunar 2024 has no leap month
    [InlineData(2025, 5, 1, true)]    // the leap month of 2025 is the 6th
    [InlineData(2025, 13, 1, false)]
    [InlineData(2025, 1, 0, false)]
    [InlineData(2025, 1, 31, false)]
    public void Rejects_lunar_dates_that_do_not_exist(int year, int month, int day, bool leap) =>
        Assert.Throws<ArgumentException>(() => _calendar.ToSolar(new LunarDate(year, month, day, leap)));

    [Fact]
    public void Rejects_years_outside_the_range_the_formulas_are_trusted_for() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.ToLunar(new DateOnly(1700, 1, 1)));
}
