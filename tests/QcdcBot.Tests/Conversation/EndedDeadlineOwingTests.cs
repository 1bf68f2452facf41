using QcdcBot.Bot.Exports;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Exports;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Once a deadline is cancelled or closed, the units that never handed in owe nothing any more: every view says
/// "không còn phải nộp (việc đã hủy/đã kết thúc)", none counts them as "chưa trả lời".
/// </summary>
public sealed class EndedDeadlineOwingTests
{
    [Theory]
    [InlineData("/huyhan", "không còn phải nộp (việc đã hủy)")]
    [InlineData("/donghan", "không còn phải nộp (việc đã kết thúc)")]
    public async Task An_ended_deadline_counts_its_owing_units_as_no_longer_owing_in_tinhhinh_chuanop_and_the_export(string end, string label)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo kết quả thực hiện quy chế dân chủ trước ngày 25/10/2024 cho CTK, KBNN");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"{end} #{deadline.Id}");

        var progress = (await bot.SayAsync(BotHarness.Admin, $"/tinhhinh #{deadline.Id}")).Text();
        var missing = (await bot.SayAsync(BotHarness.Admin, $"/chuanop #{deadline.Id}")).Text();

        Assert.Contains($"• Chưa nộp, {label}: 2", progress, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa trả lời", progress, StringComparison.Ordinal);
        Assert.Contains($"Trong số chưa nộp: {label} 2.", missing, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa trả lời", missing, StringComparison.Ordinal);
        var ended = (await bot.Get<DeadlineStore>().GetAsync(deadline.Id))!;
        using var book = new OpenedWorkbook((await bot.Get<ProgressWorkbook>().BuildAsync([ended], CancellationToken.None)).Bytes);
        Assert.Null(book.Text("Tổng hợp", "L2"));
        Assert.Equal("Không còn phải nộp (việc đã hủy/đã kết thúc)", book.Text("Tổng hợp", $"{OpenedWorkbook.Column(SummarySheet.Columns.Count)}1"));
        Assert.Equal(2, book.Number("Tổng hợp", $"{OpenedWorkbook.Column(SummarySheet.Columns.Count)}2"));
    }

    [Fact]
    public async Task The_digest_says_a_deadline_closed_this_week_has_units_no_longer_owing_as_tinhhinh_does()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo kết quả thực hiện quy chế dân chủ trước ngày 25/10/2024 cho CTK, KBNN");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/donghan #{deadline.Id}");

        var digest = (await bot.SayAsync(BotHarness.Admin, "/tonghop")).Text();

        Assert.Contains("Chưa nộp: 2 không còn phải nộp (việc đã kết thúc)", digest, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa trả lời", digest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_digest_names_a_closed_deadlines_unsubmitted_units_apart_never_as_still_missing()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết 6 tháng trước ngày 25/10/2024 cho CTK, KBNN, TTRA");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/ghinhan TTRA #{deadline.Id} ban giay");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/donghan #{deadline.Id}");

        var digest = (await bot.SayAsync(BotHarness.Admin, "/tonghop")).Text();

        Assert.Contains("Chưa nộp: 2 không còn phải nộp (việc đã kết thúc)", digest, StringComparison.Ordinal);
        Assert.Contains("Không nộp khi kết thúc (2):\n• ", digest, StringComparison.Ordinal);
        Assert.DoesNotContain("Còn thiếu", digest, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa trả lời", digest, StringComparison.Ordinal);
    }
}
