namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A /giao with a near-same title for units that overlap an open deadline's, due another day, is another deadline:
/// created at once (issue 12 point 8 asks only about the same units and the same due date; see DuplicateOnlyWhenSameTests).
/// </summary>
public sealed class OverlappingDuplicateTests
{
    [Theory]
    [InlineData("Báo cáo tự kiểm tra trước ngày 28/11/2024 cho CTK, TTRA")]
    [InlineData("Bao cao tu kiem tra truoc 22/11/2024 cho TTRA, NHNN, SYT")]
    public async Task A_near_same_deadline_for_overlapping_units_on_another_day_is_created_without_asking(string typed)
    {
        await using var bot = await BotHarness.CreateAsync();
        var open = await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024 cho NHNN, CTK");

        var made = await bot.SayAsync(BotHarness.Admin, "/giao " + typed);

        Assert.DoesNotContain($"Đã có việc #{open.Id}", made.Text(), StringComparison.Ordinal);
        Assert.Equal(2, await bot.CountAsync("deadlines"));
    }

    [Theory]
    [InlineData("Xay dung ke hoach tu kiem tra QCDC truoc 23/12 gui ban tuyen giao")] // a self-inspection plan is not the yearly plan
    [InlineData("Bảng tổng hợp số liệu QCDC trước 24/12/2026")] // a data table is another paper
    [InlineData("Số liệu báo cáo kết quả thực hiện QCDC năm 2026 trước 22/12/2026")] // so is the data for a report
    [InlineData("Ke hoach tuyen truyen QCDC truoc 22/12/2026 cho NHNN, SYT")] // a propaganda plan is not the yearly plan
    public async Task A_title_sharing_only_qcdc_or_naming_another_paper_is_created_without_asking(string typed)
    {
        await using var bot = await BotHarness.CreateAsync(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero));
        await bot.AssignAsync("Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026 trước 28/12/2026");
        await bot.AssignAsync("Báo cáo kết quả thực hiện QCDC năm 2026 trước 25/12/2026");

        await bot.AssignAsync(typed);

        Assert.Equal(3, await bot.CountAsync("deadlines"));
    }

    [Fact]
    public async Task A_title_word_on_one_side_only_is_another_paper()
    {
        await using var bot = await BotHarness.CreateAsync(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero));
        await bot.AssignAsync("Ke hoach O truoc 21/12/2026");

        await bot.AssignAsync("Ke hoach R truoc 22/12/2026");

        Assert.Equal(2, await bot.CountAsync("deadlines"));
    }

    [Fact]
    public async Task The_same_title_weeks_later_or_for_other_units_is_created_without_asking()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024 cho NHNN, CTK");

        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 27/11/2024 cho TTRA, SYT");

        Assert.Equal(2, await bot.CountAsync("deadlines"));
    }
}
