using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// /giao titles from sentences pasted out of letters: brackets balanced, a capital first letter, the words left out
/// named in the confirmation, and a due date whose year contradicts the title's offered in the title's year.
/// </summary>
public sealed class GiaoTitleTests
{
    [Theory]
    [InlineData("Kế hoạch tổ chức Hội nghị năm 2025 (gửi bản mềm trước 20/11/2024)", "Kế hoạch tổ chức Hội nghị năm 2025")]
    [InlineData("danh sách đảng viên [đủ tiêu chuẩn hạn chót 15/11/2024]", "Danh sách đảng viên")]
    [InlineData("báo cáo chuyên đề (quý III) trước 25/11/2024", "Báo cáo chuyên đề (quý III)")]
    [InlineData("tờ trình kiện toàn) trước 25/11/2024", "Tờ trình kiện toàn")]
    public async Task A_title_cut_by_the_date_keeps_balanced_brackets_and_starts_with_a_capital(string arguments, string expected)
    {
        await using var bot = await BotHarness.CreateAsync();

        var deadline = await bot.AssignAsync(arguments);

        Assert.Equal(expected, deadline.Title);
    }

    [Fact]
    public async Task Words_left_out_of_the_title_are_named_in_the_confirmation()
    {
        await using var bot = await BotHarness.CreateAsync();

        var reply = await bot.SayAsync(BotHarness.Admin, "/giao tổng hợp ý kiến đóng góp nộp về Văn phòng Đảng ủy (bản mềm) trước 29/11/2024 để tổng hợp");

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Equal("Tổng hợp ý kiến đóng góp", deadline.Title);
        Assert.Contains("Bỏ khỏi tên việc: \"nộp về Văn phòng Đảng ủy (bản mềm)\"", reply.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Chương trình hành động năm 2026 (thực hiện xong trước ngày 14/4/2025, báo cáo Ban Thường vụ)", "1", "2026-04-14")]
    [InlineData("Chương trình hành động năm 2026 (thực hiện xong trước ngày 14/4/2025, báo cáo Ban Thường vụ)", "3", "2025-04-14")]
    [InlineData("Đề án sắp xếp tổ chức năm 2025 chậm nhất 6/9/2024", "1", "2025-09-06")]
    [InlineData("Đề án sắp xếp tổ chức năm 2025 chậm nhất 6/9/2024", "3", "2024-09-06")]
    public async Task A_due_year_before_the_titles_year_is_offered_in_the_titles_year(string arguments, string answer, string expected)
    {
        await using var bot = await BotHarness.CreateAsync();

        var asked = await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);

        Assert.Contains("Tên việc ghi năm", asked.Text(), StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync());
        var created = await bot.SayAsync(BotHarness.Admin, answer);
        Assert.Contains("Đã giao việc", created.Text(), StringComparison.Ordinal);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(await bot.Get<DeadlineStore>().ListAsync()).DueDate);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("số 2")]
    [InlineData("0")]
    public async Task The_habitual_2_backs_out_of_the_title_year_question_and_creates_nothing(string answer)
    {
        await using var bot = await BotHarness.CreateAsync();

        var asked = await bot.SayAsync(BotHarness.Admin, "/giao Xây dựng kế hoạch thực hiện QCDC năm 2025 (hoàn thành trước ngày 6/9/2024 và báo cáo)");
        var answered = await bot.SayAsync(BotHarness.Admin, answer);

        Assert.Equal("Không, hủy", asked.Last().Choices[1].Label);
        Assert.Contains("Giữ", asked.Last().Choices[2].Label, StringComparison.Ordinal);
        Assert.Contains("(đã quá hạn 44 ngày)", asked.Last().Choices[2].Label, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã giao việc", answered.Text(), StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync());
    }

    [Fact]
    public async Task A_next_years_plan_due_late_this_year_is_not_questioned()
    {
        await using var bot = await BotHarness.CreateAsync();

        var deadline = await bot.AssignAsync("Kế hoạch công tác năm 2025 trước ngày 13/12/2024");

        Assert.Equal(new DateOnly(2024, 12, 13), deadline.DueDate);
    }
}
