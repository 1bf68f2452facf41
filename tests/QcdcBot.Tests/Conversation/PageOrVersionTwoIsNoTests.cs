using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// "Thêm vào bài nộp trước hay nộp làm bản mới?" follows the house rule of every numbered question: 1 does it (adds the
/// page), 2 is "Không nộp", 0 and "không" too; the new version that demotes the pages already handed in is 3. A
/// secretary used to "2 = Không" never replaces a four-page report by its last page (tester12f F3). Today is 16/12/2026.
/// </summary>
public sealed class PageOrVersionTwoIsNoTests
{
    private static byte[] Photo(byte seed) => Enumerable.Range(0, 300).Select(i => (byte)(i * 11 + seed)).ToArray();

    [Theory]
    [InlineData("kh 2027 trang 5", "2")]
    [InlineData("trang 5", "2 ạ")]
    [InlineData("", "số 2")]
    [InlineData("ke hoach trang cuoi", "0")]
    [InlineData("trang 5", "khong")]
    public async Task Two_at_the_page_or_new_version_question_files_nothing_and_keeps_every_page(string caption, string answer)
    {
        var (bot, secretary, plan, unitId) = await FourPagesHandedInAsync();
        await using var _ = bot;
        bot.SetLocalTime(2026, 12, 16, 14, 0);

        var asked = await bot.SendFileAsync(secretary, "p5.png", Photo(5), caption);
        var labels = asked.Last().Choices.Select(c => (c.Number, c.Label)).ToList();
        var reply = (await bot.SayAsync(secretary, answer)).Text();

        Assert.Contains("hay nộp làm bản mới", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(2L, labels.Single(l => l.Label == "Không nộp").Number);
        Assert.Equal(3L, labels.Single(l => l.Label.StartsWith("Nộp làm bản mới", StringComparison.Ordinal)).Number);
        Assert.DoesNotContain("Biên nhận", reply, StringComparison.Ordinal);
        Assert.Contains("chưa nộp gì", reply, StringComparison.Ordinal);
        var latest = (await bot.Get<SubmissionStore>().LatestAsync(unitId, plan))!;
        Assert.Equal(["p1.png", "p2.png", "p3.png", "p4.png"], latest.Files.Select(f => f.OriginalName));
        Assert.Equal(1, await bot.CountAsync("submissions"));
    }

    [Theory]
    [InlineData("1", new[] { "p1.png", "p2.png", "p3.png", "p4.png", "p5.png" }, 1)]
    [InlineData("3", new[] { "p5.png" }, 2)]
    public async Task One_adds_the_page_and_three_makes_the_new_version(string answer, string[] files, int versions)
    {
        var (bot, secretary, plan, unitId) = await FourPagesHandedInAsync();
        await using var _ = bot;
        bot.SetLocalTime(2026, 12, 16, 14, 0);
        await bot.SendFileAsync(secretary, "p5.png", Photo(5), "kh 2027 trang 5");

        await bot.SayAsync(secretary, answer);

        Assert.Equal(files, (await bot.Get<SubmissionStore>().LatestAsync(unitId, plan))!.Files.Select(f => f.OriginalName));
        Assert.Equal(versions, await bot.CountAsync("submissions"));
    }

    [Fact]
    public async Task Two_at_the_question_before_replacing_the_office_record_files_nothing()
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 16, 9, 0);
        await bot.AssignAsync("Kế hoạch tuyên truyền trước ngày 30/12/2026");
        var report = await bot.AssignAsync("Báo cáo sơ kết trước ngày 18/12/2026");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/ghinhan XDGT #{report.Id} nhận qua email hôm qua");
        var unit = await bot.UnitAsync("XDGT");
        await bot.SendFileAsync(secretary, "IMG_7781.jpg", Photo(9));

        var picked = await bot.SayAsync(secretary, $"{report.Id}");
        // Read and answered a while later: an answer, not a double tap of the number that picked the deadline.
        bot.Time.Advance(TimeSpan.FromSeconds(30));
        var declined = (await bot.SayAsync(secretary, "2")).Text();

        Assert.Equal(2L, picked.Last().Choices.Single(c => c.Label == "Không nộp").Number);
        Assert.Contains("chưa nộp gì", declined, StringComparison.Ordinal);
        Assert.Equal(SubmissionMethod.Paper, (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, report.Id))!.Method);
        Assert.Equal(1, await bot.CountAsync("submissions"));
    }

    /// <summary>The tester's store: the one deadline open, handed in by SYT at 09:00 as four photos sent one by one.</summary>
    private static async Task<(BotHarness Bot, string Secretary, long Plan, long UnitId)> FourPagesHandedInAsync()
    {
        var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 16, 9, 0);
        var plan = await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2027 trước ngày 24/12/2026");
        var secretary = await bot.RegisterSecretaryAsync("SYT");
        await bot.SendFileAsync(secretary, "p1.png", Photo(1), "ke hoach qcdc 2027 trang 1");
        await bot.SendFileAsync(secretary, "p2.png", Photo(2));
        await bot.SendFileAsync(secretary, "p3.png", Photo(3), "trang 3");
        var fourth = (await bot.SendFileAsync(secretary, "p4.png", Photo(4), "tiep")).Text();
        Assert.Contains("gồm 4 tệp/trang", fourth, StringComparison.Ordinal);
        return (bot, secretary, plan.Id, (await bot.UnitAsync("SYT")).Id);
    }
}
