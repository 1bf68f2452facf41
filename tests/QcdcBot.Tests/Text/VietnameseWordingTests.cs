using QcdcBot.Bot.Text;

namespace QcdcBot.Tests.Text;

public sealed class VietnameseWordingTests
{
    [Theory]
    [InlineData(DayOfWeek.Monday, "Thứ Hai")]
    [InlineData(DayOfWeek.Tuesday, "Thứ Ba")]
    [InlineData(DayOfWeek.Wednesday, "Thứ Tư")]
    [InlineData(DayOfWeek.Thursday, "Thứ Năm")]
    [InlineData(DayOfWeek.Friday, "Thứ Sáu")]
    [InlineData(DayOfWeek.Saturday, "Thứ Bảy")]
    [InlineData(DayOfWeek.Sunday, "Chủ nhật")]
    public void Weekday_names_are_Vietnamese(DayOfWeek day, string expected) =>
        Assert.Equal(expected, VietnameseWording.Weekday(day));

    [Theory]
    [InlineData("2024-04-10", "10/4/2024", "Thứ Tư, 10/4/2024")]
    [InlineData("2024-04-07", "7/4/2024", "Chủ nhật, 7/4/2024")]
    [InlineData("2024-12-31", "31/12/2024", "Thứ Ba, 31/12/2024")]
    [InlineData("2026-11-23", "23/11/2026", "Thứ Hai, 23/11/2026")]
    public void Dates_are_day_first_without_leading_zeros(string date, string plain, string withWeekday)
    {
        Assert.Equal(plain, VietnameseWording.Date(DateOnly.Parse(date)));
        Assert.Equal(withWeekday, VietnameseWording.DateWithWeekday(DateOnly.Parse(date)));
    }

    [Theory]
    [InlineData("2024-04-10", "2024-04-10", "hôm nay")]
    [InlineData("2024-04-10", "2024-04-09", "ngày mai")]
    [InlineData("2024-04-10", "2024-04-08", "còn 2 ngày")]
    [InlineData("2025-01-01", "2024-12-01", "còn 31 ngày")]
    [InlineData("2024-04-10", "2024-04-11", "quá hạn 1 ngày")]
    [InlineData("2024-02-28", "2024-03-01", "quá hạn 2 ngày")]
    public void TimeLeft_counts_calendar_days(string due, string today, string expected) =>
        Assert.Equal(expected, VietnameseWording.TimeLeft(DateOnly.Parse(due), DateOnly.Parse(today)));

    [Theory]
    [InlineData("2024-04-10", "2024-04-01", "đúng hạn")]
    [InlineData("2024-04-10", "2024-04-10", "đúng hạn")]
    [InlineData("2024-04-10", "2024-04-11", "trễ 1 ngày")]
    [InlineData("2024-12-30", "2025-01-02", "trễ 3 ngày")]
    public void Lateness_is_on_time_up_to_and_including_the_due_date(string due, string received, string expected) =>
        Assert.Equal(expected, VietnameseWording.Lateness(DateOnly.Parse(due), DateOnly.Parse(received)));

    [Theory]
    [InlineData(40, 74, "40/74", "54%", "40/74 (54%)")]
    [InlineData(0, 0, "0/0", "0%", "0/0 (0%)")]
    [InlineData(0, 74, "0/74", "0%", "0/74 (0%)")]
    [InlineData(74, 74, "74/74", "100%", "74/74 (100%)")]
    [InlineData(1, 8, "1/8", "13%", "1/8 (13%)")]
    [InlineData(1, 200, "1/200", "1%", "1/200 (1%)")]
    [InlineData(1, 3, "1/3", "33%", "1/3 (33%)")]
    [InlineData(2, 3, "2/3", "67%", "2/3 (67%)")]
    [InlineData(73, 74, "73/74", "99%", "73/74 (99%)")]
    public void Counts_and_percentages_round_half_away_from_zero(int done, int total, string count, string percent, string both)
    {
        Assert.Equal(count, VietnameseWording.Count(done, total));
        Assert.Equal(percent, VietnameseWording.Percent(done, total));
        Assert.Equal(both, VietnameseWording.CountWithPercent(done, total));
    }

    [Theory]
    [InlineData(0, "0 B")]
    [InlineData(812, "812 B")]
    [InlineData(1023, "1023 B")]
    [InlineData(1024, "1,0 KB")]
    [InlineData(15667, "15,3 KB")]
    [InlineData(1048524, "1023,9 KB")]
    [InlineData(1048525, "1,0 MB")]
    [InlineData(1258291, "1,2 MB")]
    [InlineData(5L * 1024 * 1024 * 1024, "5,0 GB")]
    public void FileSize_uses_a_decimal_comma_and_one_decimal(long bytes, string expected) =>
        Assert.Equal(expected, VietnameseWording.FileSize(bytes));

    [Fact]
    public void FileSize_rejects_negative_sizes() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseWording.FileSize(-1));

    [Theory]
    [InlineData("2026-11-23T14:05:00+07:00", "14:05 23/11/2026")]
    [InlineData("2024-04-01T07:09:59+07:00", "07:09 1/4/2024")]
    [InlineData("2024-04-01T00:00:00+07:00", "00:00 1/4/2024")]
    public void Time_is_hours_and_minutes_then_the_date(string localTime, string expected) =>
        Assert.Equal(expected, VietnameseWording.Time(DateTimeOffset.Parse(localTime)));
}
