using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A second document (a Word file, a PDF) sent seconds after a hand-in without a caption that names a deadline joins it
/// only when the unit owes nothing else: while another open deadline is still owed it is asked about, naming both, and
/// nothing is filed until the answer (tester12 F4, F9). Photos sent one by one stay pages of the hand-in.
/// </summary>
public sealed class SecondDocumentAfterHandInTests
{
    [Theory]
    [InlineData("bc.docx", "")]
    [InlineData("tai lieu.pdf", "")]
    [InlineData("van ban.docx", "day a")]
    public async Task A_second_document_while_another_deadline_is_owed_is_asked_about_not_joined(string name, string caption)
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 7, 9, 0);
        var plan = await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2027 trước ngày 24/12/2026");
        var report = await bot.AssignAsync("Báo cáo sơ kết 6 tháng đầu năm 2026 trước ngày 18/12/2026");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SendFileAsync(secretary, "kehoach.docx", [1, 2, 3], $"#{plan.Id}");
        bot.SetLocalTime(2026, 12, 7, 9, 1);

        var asked = (await bot.SendFileAsync(secretary, name, [4, 5, 6], caption)).Text();

        Assert.Contains("nộp cho việc nào", asked, StringComparison.Ordinal);
        Assert.Contains($"còn việc #{report.Id}", asked, StringComparison.Ordinal);
        var unit = await bot.UnitAsync("NHNN");
        Assert.Equal(["kehoach.docx"], (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, plan.Id))!.Files.Select(f => f.OriginalName));
        Assert.Null(await bot.Get<SubmissionStore>().LatestAsync(unit.Id, report.Id));

        await bot.SayAsync(secretary, report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([name], (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, report.Id))!.Files.Select(f => f.OriginalName));
    }

    [Fact]
    public async Task A_second_document_when_nothing_else_is_owed_joins_the_hand_in()
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 7, 9, 0);
        var plan = await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2027 trước ngày 24/12/2026");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SendFileAsync(secretary, "kehoach.docx", [1, 2, 3], $"#{plan.Id}");
        bot.SetLocalTime(2026, 12, 7, 9, 1);

        await bot.SendFileAsync(secretary, "phuluc.docx", [4, 5, 6]);

        var unit = await bot.UnitAsync("NHNN");
        Assert.Equal(["kehoach.docx", "phuluc.docx"], (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, plan.Id))!.Files.OrderBy(f => f.Ordinal).Select(f => f.OriginalName));
    }

    [Fact]
    public async Task Photos_one_by_one_stay_pages_while_another_deadline_is_owed()
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 7, 9, 0);
        var plan = await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2027 trước ngày 24/12/2026");
        await bot.AssignAsync("Báo cáo sơ kết 6 tháng đầu năm 2026 trước ngày 18/12/2026");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SendFileAsync(secretary, "p1.png", [1, 2, 3], $"#{plan.Id}");
        bot.SetLocalTime(2026, 12, 7, 9, 1);

        await bot.SendFileAsync(secretary, "p2.png", [4, 5, 6]);

        var unit = await bot.UnitAsync("NHNN");
        Assert.Equal(["p1.png", "p2.png"], (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, plan.Id))!.Files.OrderBy(f => f.Ordinal).Select(f => f.OriginalName));
    }
}
