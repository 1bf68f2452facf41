namespace QcdcBot.Tests.Conversation;

/// <summary>A /giao with a near-same title due within a week for units that overlap an open deadline's is asked about, naming the overlap.</summary>
public sealed class OverlappingDuplicateTests
{
    [Theory]
    [InlineData("Báo cáo tự kiểm tra trước ngày 28/11/2024 cho CTK, TTRA")]
    [InlineData("Bao cao tu kiem tra truoc 22/11/2024 cho TTRA, NHNN, SYT")]
    public async Task A_near_same_deadline_for_overlapping_units_is_asked_about_naming_the_units_in_both(string typed)
    {
        await using var bot = await BotHarness.CreateAsync();
        var open = await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024 cho NHNN, CTK");

        var asked = await bot.SayAsync(BotHarness.Admin, "/giao " + typed);

        Assert.Contains($"Đã có việc #{open.Id}", asked.Text(), StringComparison.Ordinal);
        Assert.Contains("1 đơn vị có ở cả hai việc:", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(1, await bot.CountAsync("deadlines"));
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
