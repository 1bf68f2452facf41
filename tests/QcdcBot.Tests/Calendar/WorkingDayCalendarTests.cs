using Microsoft.Extensions.Options;
using QcdcBot.Scheduling.Calendar;

namespace QcdcBot.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static WorkingDayCalendar CalendarWith(Action<CalendarOptions>? configure = null)
    {
        var options = new CalendarOptions();
        configure?.Invoke(options);
        return new WorkingDayCalendar(Options.Create(options), new VietnameseLunarCalendar());
    }

    private static DateOnly D(string iso) => DateOnly.Parse(iso);

    [Fact]
    public void Lists_the_statutory_holidays_of_a_year_in_date_order()
    {
        Holiday[] expected =
        [
            new(D("2025-01-01"), "Tết Dương lịch"),
            new(D("2025-01-28"), "Tết Nguyên đán"), // 29/12, the last day of lunar 2024
            new(D("2025-01-29"), "Tết Nguyên đán"),
            new(D("2025-01-30"), "Tết Nguyên đán"),
            new(D("2025-01-31"), "Tết Nguyên đán"),
            new(D("2025-02-01"), "Tết Nguyên đán"),
            new(D("2025-04-07"), "Giỗ Tổ Hùng Vương"),
            new(D("2025-04-30"), "Ngày Giải phóng miền Nam"),
            new(D("2025-05-01"), "Ngày Quốc tế Lao động"),
            new(D("2025-09-01"), "Quốc khánh"),
            new(D("2025-09-02"), "Quốc khánh"),
        ];

        Assert.Equal(expected, CalendarWith().HolidaysIn(2025));
    }

    [Theory]
    [InlineData("2024-04-18", "Giỗ Tổ Hùng Vương")]
    [InlineData("2025-04-07", "Giỗ Tổ Hùng Vương")]
    [InlineData("2026-04-26", "Giỗ Tổ Hùng Vương")]
    [InlineData("2026-04-30", "Ngày Giải phóng miền Nam")]
    [InlineData("2026-05-01", "Ngày Quốc tế Lao động")]
    [InlineData("2026-09-01", "Quốc khánh")]
    [InlineData("2026-09-02", "Quốc khánh")]
    [InlineData("2026-01-01", "Tết Dương lịch")]
    [InlineData("2026-02-16", "Tết Nguyên đán")]
    [InlineData("2026-02-20", "Tết Nguyên đán")]
    [InlineData("2026-09-03", null)]
    [InlineData("2026-02-21", null)] // a Saturday: days off, but not a holiday
    [InlineData("2026-03-10", null)]
    public void Names_holidays_in_Vietnamese(string day, string? name) =>
        Assert.Equal(name, CalendarWith().HolidayName(D(day)));

    [Theory]
    [InlineData("2026-01-01")]
    [InlineData("2026-04-26")] // Sunday anyway
    [InlineData("2026-04-30")]
    [InlineData("2026-05-01")]
    [InlineData("2026-09-01")]
    [InlineData("2026-09-02")]
    public void Statutory_holidays_are_not_working_days(string day) =>
        Assert.False(CalendarWith().IsWorkingDay(D(day)));

    [Theory]
    [InlineData("2025-01-27", true)]  // Monday before: 28/12 lunar
    [InlineData("2025-01-28", false)] // 29/12 lunar, the last day of the year
    [InlineData("2025-01-29", false)] // 1/1
    [InlineData("2025-01-30", false)]
    [InlineData("2025-01-31", false)]
    [InlineData("2025-02-01", false)] // 4/1, a Saturday as well
    [InlineData("2025-02-03", true)]
    public void Tet_2025_runs_from_the_last_day_of_the_lunar_year_to_4_1(string day, bool working) =>
        Assert.Equal(working, CalendarWith().IsWorkingDay(D(day)));

    [Theory]
    [InlineData(2020)]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2028)]
    [InlineData(2029)]
    [InlineData(2030)]
    public void Tet_has_five_days_off_by_default(int year)
    {
        IReadOnlyList<Holiday> tet = [.. CalendarWith().HolidaysIn(year).Where(h => h.Name == "Tết Nguyên đán")];
        DateOnly newYear = new VietnameseLunarCalendar().NewYear(year);

        Assert.Equal(5, tet.Count);
        Assert.Equal(newYear.AddDays(-1), tet[0].Date);
        Assert.Equal(newYear.AddDays(3), tet[^1].Date);
    }

    [Fact]
    public void Days_around_Tet_follow_the_options()
    {
        WorkingDayCalendar calendar = CalendarWith(o => (o.TetDaysBefore, o.TetDaysAfter) = (2, 5));

        Assert.Equal("Tết Nguyên đán", calendar.HolidayName(D("2025-01-27")));
        Assert.Equal("Tết Nguyên đán", calendar.HolidayName(D("2025-02-03")));
        Assert.True(calendar.IsWorkingDay(D("2025-02-04")));
    }

    [Fact]
    public void National_day_neighbour_is_the_day_after_when_configured()
    {
        WorkingDayCalendar calendar = CalendarWith(o => o.NationalDayExtra = NationalDayExtra.DayAfter);

        Assert.Equal("Quốc khánh", calendar.HolidayName(D("2025-09-03")));
        Assert.False(calendar.IsWorkingDay(D("2025-09-03")));
        Assert.True(calendar.IsWorkingDay(D("2025-09-01"))); // a Monday
    }

    [Fact]
    public void Announced_neighbour_of_national_day_replaces_the_default_for_that_year_only()
    {
        // 2024: the government chose 3/9 (Tuesday).
        WorkingDayCalendar calendar = CalendarWith(o => o.ExtraDaysOff.Add(D("2024-09-03")));

        Assert.Equal("Quốc khánh", calendar.HolidayName(D("2024-09-03")));
        Assert.Null(calendar.HolidayName(D("2024-09-01")));
        Assert.Equal("Quốc khánh", calendar.HolidayName(D("2025-09-01")));
    }

    [Theory]
    [InlineData("2025-03-08", false)] // Saturday
    [InlineData("2025-03-09", false)] // Sunday
    [InlineData("2025-03-10", true)]
    [InlineData("2025-03-14", true)]
    public void Weekends_are_days_off(string day, bool working) =>
        Assert.Equal(working, CalendarWith().IsWorkingDay(D(day)));

    [Fact]
    public void Holiday_on_a_weekend_is_not_shifted_without_an_announcement()
    {
        // 1/5/2021 was a Saturday; the Monday is a working day unless the compensation day is configured.
        Assert.True(CalendarWith().IsWorkingDay(D("2021-05-03")));
        Assert.False(CalendarWith(o => o.ExtraDaysOff.Add(D("2021-05-03"))).IsWorkingDay(D("2021-05-03")));
    }

    [Fact]
    public void Extra_working_day_makes_a_Saturday_a_working_day()
    {
        // Saturday 4/5/2024 was worked in exchange for Monday 29/4/2024.
        WorkingDayCalendar calendar = CalendarWith(o =>
        {
            o.ExtraWorkingDays.Add(D("2024-05-04"));
            o.ExtraDaysOff.Add(D("2024-04-29"));
        });

        Assert.True(calendar.IsWorkingDay(D("2024-05-04")));
        Assert.False(calendar.IsWorkingDay(D("2024-04-29")));
        Assert.False(calendar.IsWorkingDay(D("2024-05-05")));
    }

    [Fact]
    public void Extra_working_day_does_not_override_a_holiday()
    {
        WorkingDayCalendar calendar = CalendarWith(o => o.ExtraWorkingDays.Add(D("2026-04-26"))); // Giỗ Tổ, a Sunday

        Assert.False(calendar.IsWorkingDay(D("2026-04-26")));
    }

    [Theory]
    [InlineData("2024-04-29", "Nghỉ theo thông báo")] // bridge day before 30/4
    [InlineData("2022-01-03", "Nghỉ bù")]             // for 1/1/2022, a Saturday
    [InlineData("2023-09-04", "Nghỉ bù")]             // for 2/9/2023, a Saturday
    [InlineData("2024-02-14", "Nghỉ bù")]             // after Tết 2024, whose 1/1 and 2/1 were a weekend
    [InlineData("2024-02-08", "Nghỉ theo thông báo")] // 29/12, before Tết 2024
    public void Names_announced_days_off_as_compensation_or_announcement(string day, string name)
    {
        WorkingDayCalendar calendar = CalendarWith(o => o.ExtraDaysOff.Add(D(day)));

        Assert.False(calendar.IsWorkingDay(D(day)));
        Assert.Equal(name, calendar.HolidayName(D(day)));
        Assert.Contains(new Holiday(D(day), name), calendar.HolidaysIn(D(day).Year));
    }

    [Theory]
    [InlineData("2025-03-12", "2025-03-12")] // a working Wednesday stays
    [InlineData("2025-03-08", "2025-03-07")] // Saturday → Friday
    [InlineData("2025-03-09", "2025-03-07")] // Sunday → Friday
    [InlineData("2025-01-30", "2025-01-27")] // inside Tết → the Monday before it
    [InlineData("2025-02-02", "2025-01-27")] // Sunday after Tết → still before Tết
    [InlineData("2025-05-01", "2025-04-29")] // 1/5 and 30/4 off
    [InlineData("2025-04-07", "2025-04-04")] // Giỗ Tổ on a Monday → Friday
    public void Previous_working_day_skips_weekends_and_holidays(string day, string expected) =>
        Assert.Equal(D(expected), CalendarWith().PreviousWorkingDayOnOrBefore(D(day)));

    [Theory]
    [InlineData("2025-03-12", 0, "2025-03-12")]
    [InlineData("2025-03-12", 2, "2025-03-14")]
    [InlineData("2025-03-13", 2, "2025-03-17")] // Thursday + 2 → Friday, then over the weekend to Monday
    [InlineData("2025-03-15", 1, "2025-03-17")] // counting from a Saturday
    [InlineData("2025-04-29", 1, "2025-05-02")] // over 30/4 and 1/5
    [InlineData("2025-04-29", 2, "2025-05-05")] // … and the weekend
    [InlineData("2025-04-03", 2, "2025-04-08")] // over the weekend and Giỗ Tổ on Monday
    [InlineData("2025-01-27", 1, "2025-02-03")] // over Tết
    public void Adding_working_days_skips_weekends_and_holidays(string day, int workingDays, string expected) =>
        Assert.Equal(D(expected), CalendarWith().AddWorkingDays(D(day), workingDays));

    [Fact]
    public void Adding_a_negative_number_of_working_days_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CalendarWith().AddWorkingDays(D("2025-03-12"), -1));

    [Fact]
    public void Time_zone_is_Vietnam_time_by_default() =>
        Assert.Equal(TimeSpan.FromHours(7), CalendarWith().TimeZone.BaseUtcOffset);

    [Fact]
    public void A_day_listed_both_as_off_and_as_working_is_a_configuration_error() =>
        Assert.Throws<OptionsValidationException>(() => CalendarWith(o =>
        {
            o.ExtraDaysOff.Add(D("2025-03-08"));
            o.ExtraWorkingDays.Add(D("2025-03-08"));
        }));

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(1, 16)]
    public void Tet_days_out_of_range_are_a_configuration_error(int before, int after) =>
        Assert.Throws<OptionsValidationException>(() => CalendarWith(o => (o.TetDaysBefore, o.TetDaysAfter) = (before, after)));

    [Fact]
    public void Later_edits_to_the_options_object_do_not_change_the_calendar()
    {
        var options = new CalendarOptions();
        var calendar = new WorkingDayCalendar(Options.Create(options), new VietnameseLunarCalendar());

        options.ExtraDaysOff.Add(D("2025-03-12"));

        Assert.True(calendar.IsWorkingDay(D("2025-03-12")));
    }
}
