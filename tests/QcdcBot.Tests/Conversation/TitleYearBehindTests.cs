using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A title naming a year long before its due date ("tổng kết năm 2023" due in 2026) has one year wrong: /giao asks,
/// offering the same day a year after the title's when that is still ahead, and creates nothing until answered.
/// </summary>
public sealed class TitleYearBehindTests
{
    [Theory]
    [InlineData("Báo cáo tổng kết công tác dân vận năm 2023 trước 15/1/2026", "2023")]
    [InlineData("Bao cao so ket nam 2022 han chot 20/2/2025", "2022")]
    public async Task A_title_year_long_before_a_date_with_no_usual_alternative_still_ahead_is_questioned(string arguments, string year)
    {
        await using var bot = await BotHarness.CreateAsync();

        var asked = (await bot.SayAsync(BotHarness.Admin, "/giao " + arguments)).Text();

        Assert.Contains($"tên việc ghi năm {year} mà hạn ở năm", asked, StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync());
    }

    [Fact]
    public async Task The_day_a_year_after_the_title_year_is_offered_when_still_ahead()
    {
        await using var bot = await BotHarness.CreateAsync();

        var asked = (await bot.SayAsync(BotHarness.Admin, "/giao Sơ kết 6 tháng đầu năm 2024 trước ngày 10/7/2026")).Text();

        Assert.Contains("Tên việc ghi năm 2024 nhưng hạn là 10/7/2026", asked, StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync());
        await bot.SayAsync(BotHarness.Admin, "1");
        Assert.Equal(new DateOnly(2025, 7, 10), Assert.Single(await bot.Get<DeadlineStore>().ListAsync()).DueDate);
    }
}
