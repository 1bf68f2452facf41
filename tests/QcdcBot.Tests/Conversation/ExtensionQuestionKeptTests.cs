namespace QcdcBot.Tests.Conversation;

/// <summary>
/// "Xin gia hạn việc #N đến ngày nào?" is kept across a command that only shows something (/viec, /tinhhinh,
/// /trogiup …): the secretary checks the list, then types the date, and the request goes (office18 F5). A command
/// that does drop it names the deadline in the line to retype ("/giahan #N …"), never "#<mã việc>".
/// </summary>
public sealed class ExtensionQuestionKeptTests
{
    [Theory]
    [InlineData("/viec")]
    [InlineData("/trogiup")]
    [InlineData("/toi")]
    public async Task A_look_only_command_keeps_the_date_question_and_the_date_after_it_sends_the_request(string look)
    {
        await using var bot = await BotHarness.CreateAsync();
        var (report, secretary) = await DeadlinesAsync(bot);
        Assert.Contains("đến ngày nào?", (await bot.SayAsync(secretary, $"xin gia hạn #{report.Id} vì chờ số liệu của chi bộ")).Text(), StringComparison.Ordinal);

        var shown = (await bot.SayAsync(secretary, look)).Text();
        var answered = await bot.SayAsync(secretary, "5/11/2024");

        Assert.DoesNotContain("chưa được trả lời", shown, StringComparison.Ordinal);
        Assert.Contains($"Câu hỏi trước vẫn chờ: xin gia hạn việc #{report.Id} đến ngày nào?", shown, StringComparison.Ordinal);
        Assert.Contains("Đã gửi đề nghị gia hạn", answered.Text(), StringComparison.Ordinal);
        Assert.Equal(1, await bot.CountAsync("extension_requests"));
    }

    [Fact]
    public async Task A_command_that_drops_the_date_question_names_the_deadline_to_retype()
    {
        await using var bot = await BotHarness.CreateAsync();
        var (report, secretary) = await DeadlinesAsync(bot);
        await bot.SayAsync(secretary, $"xin gia hạn #{report.Id} vì chờ số liệu của chi bộ");

        var dropped = (await bot.SayAsync(secretary, "/khongco")).Text();

        Assert.Contains($"nếu vẫn cần, gõ: /giahan #{report.Id} <ngày> <lý do>", dropped, StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("extension_requests"));
    }

    private static async Task<(QcdcBot.Storage.Deadlines.Deadline Report, string Secretary)> DeadlinesAsync(BotHarness bot)
    {
        await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2025 trước ngày 30/10/2024 cho NHNN, CTK");
        var report = await bot.AssignAsync("Báo cáo kết quả thực hiện Kết luận 12 trước ngày 25/10/2024 cho NHNN, CTK");
        return (report, await bot.RegisterSecretaryAsync("NHNN"));
    }
}
