using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Near misses of a repeated /giao are asked about too: the same title and date for a scope that holds the open one's
/// units (or is held by it). A title that begins an open one's due another day, for the same units or not, is another
/// deadline (issue 12 point 8: the same due date), created at once.
/// </summary>
public sealed class NearDuplicateDeadlineTests
{
    [Theory]
    [InlineData("Báo cáo tổng kết công tác dân vận trước 20/12/2024", "bc tong ket cong tac dan van truoc 20/12/2024 cho toàn khối")]
    [InlineData("Báo cáo tổng kết công tác dân vận trước 20/12/2024 cho các chi bộ", "Báo cáo tổng kết công tác dân vận hạn chót 20/12/2024")]
    public async Task A_near_repeat_of_an_open_deadline_asks_before_creating(string first, string second)
    {
        await using var bot = await BotHarness.CreateAsync();
        var original = await bot.AssignAsync(first);

        var asked = await bot.SayAsync(BotHarness.Admin, "/giao " + second);

        Assert.Contains($"Đã có việc #{original.Id}", asked.Text(), StringComparison.Ordinal);
        Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        var created = await bot.SayAsync(BotHarness.Admin, "1");
        Assert.Contains("Đã giao việc", created.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Danh sách đảng viên dự lớp bồi dưỡng lý luận chính trị trước 16/12/2024 cho NHNN", "Danh sách đảng viên dự lớp bồi dưỡng trước 10/12/2024 cho TTRA")]
    [InlineData("Danh sách đảng viên dự lớp bồi dưỡng lý luận chính trị trước 16/11/2024", "Danh sách đảng viên dự lớp bồi dưỡng trước 10/12/2024")]
    [InlineData("Danh sách đảng viên dự lớp bồi dưỡng lý luận chính trị trước 16/12/2024", "Danh sách đảng viên dự lớp bồi dưỡng trước 10/12/2024")]
    [InlineData("Danh sách đảng viên dự lớp bồi dưỡng trước 10/12/2024 cho NHNN, TTRA", "ds đảng viên dự lớp bồi dưỡng lý luận chính trị trước 23/12/2024 cho TTRA và NHNN")]
    public async Task A_shorter_title_for_other_units_or_another_day_is_created_at_once(string first, string second)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync(first);

        await bot.AssignAsync(second);

        Assert.Equal(2, (await bot.Get<DeadlineStore>().ListAsync()).Count);
    }
}
