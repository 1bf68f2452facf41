using Microsoft.Extensions.Configuration;
using QcdcBot.Scheduling.Calendar;

namespace QcdcBot.Tests.Calendar;

public sealed class CalendarOptionsTests
{
    [Fact]
    public void Binds_from_the_Calendar_configuration_section()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Calendar:TetDaysBefore"] = "2",
                ["Calendar:TetDaysAfter"] = "5",
                ["Calendar:NationalDayExtra"] = "DayAfter",
                ["Calendar:ExtraDaysOff:0"] = "2025-01-27",
                ["Calendar:ExtraWorkingDays:0"] = "2025-02-08",
            })
            .Build();

        CalendarOptions options = configuration.GetSection(CalendarOptions.SectionName).Get<CalendarOptions>()!;

        Assert.Equal(2, options.TetDaysBefore);
        Assert.Equal(5, options.TetDaysAfter);
        Assert.Equal(NationalDayExtra.DayAfter, options.NationalDayExtra);
        Assert.Equal([new DateOnly(2025, 1, 27)], options.ExtraDaysOff);
        Assert.Equal([new DateOnly(2025, 2, 8)], options.ExtraWorkingDays);
        Assert.Equal("Asia/Ho_Chi_Minh", options.TimeZone);
    }
}
