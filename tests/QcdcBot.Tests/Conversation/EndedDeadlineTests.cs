namespace QcdcBot.Tests.Conversation;

/// <summary>Closed, cancelled and fully submitted deadlines are described as what they are.</summary>
public sealed class EndedDeadlineTests
{
    [Fact]
    public async Task A_cancelled_deadline_shows_cancelled_not_a_time_left_and_an_empty_list_offers_the_ended_ones()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo chuyên đề tuyên truyền trước ngày 30/11/2024");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/huyhan {deadline.Id}");

        var progress = await bot.SayAsync(BotHarness.Admin, $"/tinhhinh #{deadline.Id}");
        var list = await bot.SayAsync(BotHarness.Admin, "han chot");

        Assert.Contains("[đã hủy]", progress.Text(), StringComparison.Ordinal);
        // "không còn phải nộp (việc đã hủy)" is the owing line's word now; a time left ("còn 5 ngày") is what must not show.
        Assert.DoesNotMatch(@"còn \d+ ngày", progress.Text());
        Assert.Contains("/hanchot tất cả", list.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_digest_of_a_deadline_everyone_submitted_says_so_instead_of_overdue()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo nhanh trước ngày 25/10/2024 cho CTK");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        await bot.SendFileAsync(secretary, "bc.pdf", [1, 2, 3]);
        bot.SetLocalTime(2024, 10, 28, 9, 0);

        var digest = await bot.SayAsync(BotHarness.Admin, "/tonghop");

        Assert.Contains("đã nộp đủ", digest.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("quá hạn", digest.Text(), StringComparison.Ordinal);
        Assert.NotNull(deadline);
    }
}
