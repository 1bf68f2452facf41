using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// "Thêm vào bài nộp trước hay nộp làm bản mới?" left for another message (a command, a status reply) is asked again
/// as itself, in its own words, so the "2" that follows is still its "Không nộp" and never deadline #2; when what it was about
/// changed meanwhile, the reply says the question changed before asking the new one.
/// </summary>
public sealed class DisplacedPageQuestionTests
{
    [Theory]
    [InlineData("/viec")]
    [InlineData("/trogiup")]
    [InlineData("dang lam #1")]
    public async Task After_an_interruption_the_page_or_version_question_is_asked_again_and_its_number_keeps_its_meaning(string interruption)
    {
        await using var bot = await CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var plan = await PlanAsync(bot);
        await bot.SendFileAsync(secretary, "ke-hoach.docx", [1, 2, 3], $"#{plan.Id}");
        var asked = (await bot.SendFileAsync(secretary, "anh.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 4], $"#{plan.Id}")).Text();

        var again = (await bot.SayAsync(secretary, interruption)).Text();
        var answered = (await bot.SayAsync(secretary, "2")).Text();

        Assert.Contains("hay nộp làm bản mới", asked, StringComparison.Ordinal);
        Assert.Contains("Câu hỏi trước của bạn vẫn chờ trả lời", again, StringComparison.Ordinal);
        Assert.Contains($"ảnh \"anh.jpg\" cho việc #{plan.Id}", again, StringComparison.Ordinal);
        Assert.Contains("hay nộp làm bản mới", again, StringComparison.Ordinal);
        Assert.DoesNotContain("nộp cho việc nào", again, StringComparison.Ordinal);
        var unit = await bot.UnitAsync("NHNN");
        var latest = (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, plan.Id))!;
        Assert.Equal(["ke-hoach.docx"], latest.Files.Select(f => f.OriginalName));
        Assert.Null(await bot.Get<SubmissionStore>().LatestAsync(unit.Id, 2));
        Assert.Contains("chưa nộp gì", answered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_submission_it_asked_about_was_replaced_meanwhile_the_reply_says_the_question_changed()
    {
        await using var bot = await CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var plan = await PlanAsync(bot);
        await bot.SendFileAsync(secretary, "ke-hoach.docx", [1, 2, 3], $"#{plan.Id}");
        await bot.SendFileAsync(secretary, "anh.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 4], $"#{plan.Id}");

        var reply = (await bot.SendFileAsync(secretary, "ke-hoach-sua.docx", [7, 8, 9], $"#{plan.Id} bản mới")).Text();

        Assert.Contains("Biên nhận", reply, StringComparison.Ordinal);
        Assert.Contains("câu hỏi trước (thêm ảnh \"anh.jpg\" vào bài nộp", reply, StringComparison.Ordinal);
        Assert.Contains("không còn hỏi được", reply, StringComparison.Ordinal);
        Assert.Contains("nộp cho việc nào?", reply, StringComparison.Ordinal);
    }

    private static async Task<Deadline> PlanAsync(BotHarness bot) =>
        (await bot.Get<DeadlineStore>().ListAsync()).Single(d => d.Title.StartsWith("Kế hoạch", StringComparison.Ordinal));

    private static async Task<BotHarness> CreateAsync()
    {
        var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 2, 9, 0);
        await bot.AssignAsync("Báo cáo sơ kết 6 tháng đầu năm 2026 trước ngày 18/12/2026");
        await bot.AssignAsync("Báo cáo tổng kết năm 2026 trước ngày 29/12/2026");
        await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2027 trước ngày 24/12/2026");
        return bot;
    }
}
