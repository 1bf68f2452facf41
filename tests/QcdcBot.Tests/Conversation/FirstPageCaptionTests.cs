using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A photo captioned as a first page ("trang 1", "tr1", "trang 1/3") for a deadline already handed in begins a paper:
/// it is never quietly made a further page of the submission on file, however soon after; the bot asks, and the
/// receipt says which it became.
/// </summary>
public sealed class FirstPageCaptionTests
{
    [Theory]
    [InlineData("trang 1", "3", new[] { "p2.jpg" })]
    [InlineData("tr1", "3", new[] { "p2.jpg" })]
    [InlineData("kế hoạch trang 1/3", "1", new[] { "p1.jpg", "p2.jpg" })]
    [InlineData("trang đầu", "3", new[] { "p2.jpg" })]
    public async Task A_first_page_after_a_filed_submission_asks_whether_it_is_a_new_paper(string caption, string answer, string[] files)
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 2, 9, 0);
        await bot.AssignAsync("Báo cáo tổng kết năm 2026 trước ngày 29/12/2026");
        var plan = await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2027 trước ngày 24/12/2026");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SendFileAsync(secretary, "p1.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1], $"#{plan.Id}");
        bot.SetLocalTime(2026, 12, 2, 9, 3);

        var asked = (await bot.SendFileAsync(secretary, "p2.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 2], $"#{plan.Id} {caption}")).Text();
        var unit = await bot.UnitAsync("NHNN");
        var before = (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, plan.Id))!;
        var receipt = (await bot.SayAsync(secretary, answer)).Text();

        Assert.Contains("chú thích ghi trang 1", asked, StringComparison.Ordinal);
        Assert.Contains("hay nộp làm bản mới", asked, StringComparison.Ordinal);
        Assert.Equal(["p1.jpg"], before.Files.Select(f => f.OriginalName));
        Assert.Equal(files, (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, plan.Id))!.Files.Select(f => f.OriginalName));
        Assert.Contains(answer == "1" ? "Đã thêm" : "Biên nhận", receipt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_page_soon_after_still_joins_the_submission()
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 2, 9, 0);
        var plan = await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2027 trước ngày 24/12/2026");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SendFileAsync(secretary, "p1.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1], $"#{plan.Id} trang 1");

        await bot.SendFileAsync(secretary, "p2.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 2], $"#{plan.Id} trang 2");

        var unit = await bot.UnitAsync("NHNN");
        Assert.Equal(["p1.jpg", "p2.jpg"], (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, plan.Id))!.Files.Select(f => f.OriginalName));
    }
}
