using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A file waiting on "thêm vào hay bản mới?" is never dropped by the next file: one without a deadline of its own
/// waits under the same question; one naming another deadline is filed there and the waiting file's question is asked again.
/// </summary>
public sealed class FilesWaitingOnPageQuestionTests
{
    [Theory]
    [InlineData("1", "trang 4", new[] { "p1.jpg", "p2.jpg", "p3.jpg", "p4.jpg" })]
    [InlineData("3", "", new[] { "p3.jpg", "p4.jpg" })]
    public async Task A_second_file_before_the_answer_waits_under_the_same_question(string answer, string caption, string[] files)
    {
        await using var bot = await CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SendFileAsync(secretary, "p1.jpg", [1], "tk nam trang 1");
        await bot.SendFileAsync(secretary, "p2.jpg", [2], "tk nam trang 2");
        bot.SetLocalTime(2026, 12, 2, 11, 0);
        var asked = await bot.SendFileAsync(secretary, "p3.jpg", [3], "tk nam trang 3");
        Assert.Contains("hay nộp làm bản mới", asked.Text(), StringComparison.Ordinal);

        var second = (await bot.SendFileAsync(secretary, "p4.jpg", [4], caption)).Text();
        await bot.SayAsync(secretary, answer);

        Assert.Contains("đang chờ 2 ảnh", second, StringComparison.Ordinal);
        Assert.Equal(files, await FilesAsync(bot, "Báo cáo tổng kết năm 2026"));
    }

    [Fact]
    public async Task A_file_for_another_deadline_is_filed_and_the_waiting_file_is_asked_about_again()
    {
        await using var bot = await CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SendFileAsync(secretary, "p1.jpg", [1], "tk nam trang 1");
        bot.SetLocalTime(2026, 12, 2, 11, 0);
        await bot.SendFileAsync(secretary, "p3.jpg", [3], "tk nam trang 2");
        var plan = (await bot.Get<QcdcBot.Storage.Deadlines.DeadlineStore>().ListAsync()).Single(d => d.Title.StartsWith("Kế hoạch", StringComparison.Ordinal));

        var reply = (await bot.SendFileAsync(secretary, "kh.docx", [9], $"#{plan.Id}")).Text();

        Assert.Contains("Biên nhận", reply, StringComparison.Ordinal);
        // Asked again as itself: "thêm vào hay bản mới?", whose numbers mean its choices, not deadlines.
        Assert.Contains("Câu hỏi trước của bạn vẫn chờ trả lời: ảnh \"p3.jpg\" cho việc", reply, StringComparison.Ordinal);
        Assert.Contains("hay nộp làm bản mới", reply, StringComparison.Ordinal);
        Assert.Equal(["p1.jpg"], await FilesAsync(bot, "Báo cáo tổng kết năm 2026"));
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
