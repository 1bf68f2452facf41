using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>A letter whose own date is a year behind everything it asks: the letter's date is said to be wrong, once.</summary>
public sealed class LetterDateYearTests
{
    private static readonly DateTimeOffset Today = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Yên Bái, ngày 28 tháng 11 năm 2025", "28/11/2025", "2025")]
    [InlineData("Yên Bái, ngày 20/11/2025", "20/11/2025", "2025")]
    public async Task A_letter_dated_a_year_before_all_its_deadlines_is_said_to_have_the_wrong_date(string dateLine, string letterDate, string letterYear)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var reply = (await bot.SayAsync(BotHarness.Admin, $"/congvan ĐẢNG ỦY KHỐI\nSố 240-CV/BTGĐUK\n{dateLine}\n\nKính gửi: Các chi, đảng bộ cơ sở.\n\nCác đơn vị gửi báo cáo tổng kết năm 2026 trước ngày 18/12/2026.\nCác đơn vị gửi báo cáo thống kê đảng viên trước ngày 07/12/2026.")).Text();

        Assert.Contains($"Ngày văn bản {letterDate} có vẻ ghi nhầm năm", reply, StringComparison.Ordinal);
        Assert.DoesNotContain($"nếu là năm {letterYear}", reply, StringComparison.Ordinal);
        Assert.Contains("18/12/2026", reply, StringComparison.Ordinal);
        Assert.Contains("7/12/2026", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_letter_early_in_a_year_asking_for_a_report_by_its_end_is_not_said_to_have_the_wrong_date()
    {
        await using var bot = await BotHarness.CreateAsync(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));

        var reply = (await bot.SayAsync(BotHarness.Admin, "/congvan ĐẢNG ỦY KHỐI\nSố 40-CV/ĐUK\nYên Bái, ngày 25 tháng 2 năm 2026\n\nCác đơn vị gửi báo cáo sơ kết trước ngày 15/3/2026.\nCác đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026.")).Text();

        Assert.DoesNotContain("ghi nhầm năm", reply, StringComparison.Ordinal);
    }
}
