using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Photos of a paper report sent one at a time: a caption with a title shorthand and a page number names its deadline,
/// pages within Bot:PageWindow of the receipt join it without "which deadline?" again, and a page-looking caption
/// after the window asks (a page of the previous submission or a new version), never replacing it silently.
/// </summary>
public sealed class PageCaptionTests
{
    [Theory]
    [InlineData("tk nam trang 1", "Báo cáo tổng kết năm 2026")]
    [InlineData("bc 6 thang trang 3", "Báo cáo sơ kết 6 tháng đầu năm 2026")]
    [InlineData("Ảnh kh 2027 tr.2", "Kế hoạch thực hiện QCDC năm 2027")]
    public async Task A_page_caption_with_a_shorthand_title_is_filed_under_that_deadline(string caption, string title)
    {
        await using var bot = await CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var reply = (await bot.SendFileAsync(secretary, "p1.jpg", [1], caption)).Text();

        Assert.Contains("Biên nhận", reply, StringComparison.Ordinal);
        Assert.Contains(title, reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_after_a_receipt_within_the_window_join_it_without_asking_again()
    {
        await using var bot = await CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SendFileAsync(secretary, "p1.jpg", [1], "tk nam trang 1");

        bot.SetLocalTime(2026, 12, 2, 9, 4);
        var second = (await bot.SendFileAsync(secretary, "p2.jpg", [2])).Text();
        bot.SetLocalTime(2026, 12, 2, 9, 8);
        var third = (await bot.SendFileAsync(secretary, "p3.jpg", [3], "trang 3")).Text();

        Assert.DoesNotContain("nộp cho việc nào", second + third, StringComparison.Ordinal);
        Assert.DoesNotContain("Hiểu là", second + third, StringComparison.Ordinal);
        Assert.Equal(["p1.jpg", "p2.jpg", "p3.jpg"], await FilesAsync(bot, "Báo cáo tổng kết năm 2026"));
    }

    [Theory]
    [InlineData("1", new[] { "p1.jpg", "p2.jpg", "p3.jpg" })]
    [InlineData("3", new[] { "p3.jpg" })]
    public async Task A_page_two_hours_after_the_receipt_asks_page_or_new_version_and_does_what_is_answered(string answer, string[] files)
    {
        await using var bot = await CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SendFileAsync(secretary, "p1.jpg", [1], "tk nam trang 1");
        await bot.SendFileAsync(secretary, "p2.jpg", [2], "tk nam trang 2");

        bot.SetLocalTime(2026, 12, 2, 11, 0);
        var asked = await bot.SendFileAsync(secretary, "p3.jpg", [3], "tk nam trang 3");
        var kept = await FilesAsync(bot, "Báo cáo tổng kết năm 2026");
        var done = (await bot.SayAsync(secretary, answer)).Text();

        Assert.Contains("trang tiếp theo, hay nộp làm bản mới", asked.Text(), StringComparison.Ordinal);
        Assert.Equal([1, 2, 3], asked.Last().Choices.Select(c => c.Number ?? -1));
        Assert.Equal(["p1.jpg", "p2.jpg"], kept);
        Assert.Contains("biên nhận", done, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(files, await FilesAsync(bot, "Báo cáo tổng kết năm 2026"));
    }

    private static async Task<IReadOnlyList<string>> FilesAsync(BotHarness bot, string title)
    {
        var deadline = (await bot.Get<QcdcBot.Storage.Deadlines.DeadlineStore>().ListAsync()).Single(d => d.Title == title);
        var unit = await bot.UnitAsync("NHNN");
        return (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, deadline.Id))!.Files.Select(f => f.OriginalName).ToList();
    }

    private static async Task<BotHarness> CreateAsync()
    {
        var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 2, 9, 0);
        await bot.AssignAsync("Báo cáo sơ kết 6 tháng đầu năm 2026 trước ngày 18/12/2026");
        await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2027 trước ngày 24/12/2026");
        await bot.AssignAsync("Báo cáo tổng kết năm 2026 trước ngày 29/12/2026");
        return bot;
    }
}
