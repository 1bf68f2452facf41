using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A group narrowed by a plan or a list ("các đơn vị có trong kế hoạch kiểm tra", "những đơn vị trong kế hoạch giám
/// sát", "thuộc đợt 2", "theo danh sách kèm theo") is asked about like any other qualified group; the whole Khối
/// ("các đơn vị trong Khối") and a time ("trong tháng 12") are no qualifiers.
/// </summary>
public sealed class QualifiedByListTests
{
    [Theory]
    [InlineData("Báo cáo kết quả kiểm tra cho các đơn vị có trong kế hoạch kiểm tra năm 2025 trước 20/12/2024", "các đơn vị có trong kế hoạch kiểm tra năm 2025")]
    [InlineData("Báo cáo giám sát cho những đơn vị trong kế hoạch giám sát trước 15/12/2024", "những đơn vị trong kế hoạch giám sát")]
    [InlineData("Danh sach can bo cho cac don vi co trong danh sach truoc 10/12/2024", "cac don vi co trong danh sach")]
    [InlineData("Báo cáo tự kiểm tra cho các chi bộ nằm trong kế hoạch năm trước 12/12/2024", "các chi bộ nằm trong kế hoạch năm")]
    [InlineData("Kế hoạch khắc phục cho các đơn vị theo danh sách kèm theo trước 5/12/2024", "các đơn vị theo danh sách kèm theo")]
    [InlineData("Báo cáo chuyên đề cho các đảng bộ cơ sở thuộc đợt kiểm tra thứ hai trước 6/12/2024", "các đảng bộ cơ sở thuộc đợt kiểm tra thứ hai")]
    [InlineData("Bao cao ket qua cho nhung don vi co ten trong thong bao truoc 7/12/2024", "nhung don vi co ten trong thong bao")]
    public async Task A_group_narrowed_by_a_plan_or_a_list_is_asked_about_and_nothing_is_created(string arguments, string phrase)
    {
        await using var bot = await BotHarness.CreateAsync();

        var reply = (await bot.SayAsync(BotHarness.Admin, "/giao " + arguments)).Text();

        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Contains($"không biết \"{phrase}\" là những đơn vị nào", reply, StringComparison.Ordinal);
        Assert.Contains("chưa tạo việc nào", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_units_in_the_khoi_are_every_unit_not_a_qualified_group()
    {
        await using var bot = await BotHarness.CreateAsync();

        var created = await bot.AssignAsync("Báo cáo sơ kết cho các đơn vị trong Khối trước 20/12/2024");

        Assert.Equal(new DateOnly(2024, 12, 20), created.DueDate);
    }

    [Theory]
    [InlineData("các đơn vị thuộc Đảng bộ Khối")]
    [InlineData("các chi bộ trong tháng 12")]
    [InlineData("cac dang bo co so trong toan khoi")]
    public async Task The_khoi_or_a_time_after_a_group_is_no_qualifier(string group)
    {
        await using var bot = await BotHarness.CreateAsync();

        var reply = (await bot.SayAsync(BotHarness.Admin, $"/giao Báo cáo sơ kết cho {group} trước 20/12/2024")).Text();

        Assert.DoesNotContain("là những đơn vị nào", reply, StringComparison.Ordinal);
    }
}
