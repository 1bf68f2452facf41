using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A file that names no deadline, sent after the unit handed the deadline in (outside Bot:PageWindow), is asked about
/// (a page of that submission, a new version, or nothing), never filed silently as a new version replacing it; the window
/// of files held by "nộp cho việc nào?" counts from their filing.
/// </summary>
public sealed class HandedInPageTests
{
    [Theory]
    [InlineData("")]
    [InlineData("anh chup a")]
    public async Task A_file_naming_no_deadline_after_the_hand_in_is_asked_about_not_made_a_new_version(string caption)
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 8, 9, 0);
        var deadline = await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2027 trước ngày 24/12/2026");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SendFileAsync(secretary, "kh.docx", [1, 2, 3], $"#{deadline.Id}");
        bot.SetLocalTime(2026, 12, 9, 15, 0);

        var asked = (await bot.SendFileAsync(secretary, "p2.png", [2, 2, 2], caption)).Text();

        Assert.Contains("trang tiếp theo, hay nộp làm bản mới", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("lần nộp thứ 2", asked, StringComparison.Ordinal);
        var unit = await bot.UnitAsync("NHNN");
        Assert.Equal(["kh.docx"], (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, deadline.Id))!.Files.Select(f => f.OriginalName));
        await bot.SayAsync(secretary, "1");
        var latest = (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, deadline.Id))!;
        Assert.Equal(1, latest.Version);
        Assert.Equal(["kh.docx", "p2.png"], latest.Files.OrderBy(f => f.Ordinal).Select(f => f.OriginalName));
    }

    [Fact]
    public async Task Files_held_by_a_question_start_the_page_window_when_they_are_filed()
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 8, 10, 0);
        await bot.AssignAsync("Báo cáo sơ kết 6 tháng đầu năm 2026 trước ngày 18/12/2026");
        var deadline = await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2027 trước ngày 24/12/2026");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        Assert.Contains("nộp cho việc nào", (await bot.SendFileAsync(secretary, "p1.png", [1, 1, 1])).Text(), StringComparison.Ordinal);
        bot.SetLocalTime(2026, 12, 8, 10, 20);
        await bot.SayAsync(secretary, deadline.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        bot.SetLocalTime(2026, 12, 8, 10, 21);

        var next = (await bot.SendFileAsync(secretary, "p2.png", [2, 2, 2])).Text();

        Assert.DoesNotContain("lần nộp thứ 2", next, StringComparison.Ordinal);
        var unit = await bot.UnitAsync("NHNN");
        var latest = (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, deadline.Id))!;
        Assert.Equal(1, latest.Version);
        Assert.Equal(["p1.png", "p2.png"], latest.Files.OrderBy(f => f.Ordinal).Select(f => f.OriginalName));
    }
}
