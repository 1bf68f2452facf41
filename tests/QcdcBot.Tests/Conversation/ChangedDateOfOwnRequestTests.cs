namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A secretary who changes their mind on the date of their own request still waiting ("thôi em xin đến 5/11 nhé") is
/// understood as changing that request, even when several deadlines are owed: the bot asks to confirm, naming the
/// deadline and the request it replaces, and the new one replaces the old. Today is 20/10/2024.
/// </summary>
public sealed class ChangedDateOfOwnRequestTests
{
    [Theory]
    [InlineData("thoi em xin den 5/11 nhe", "5/11/2024")]
    [InlineData("thôi em xin đến 4/11 ạ", "4/11/2024")]
    [InlineData("cho em sửa lại là đến ngày 6/11 nhé", "6/11/2024")]
    public async Task A_new_date_right_after_a_pending_request_asks_to_replace_that_request(string line, string date)
    {
        await using var bot = await BotHarness.CreateAsync();
        var report = await bot.AssignAsync("Báo cáo kết quả kiểm tra giám sát trước ngày 25/10/2024 cho XDGT, BVDK");
        await bot.AssignAsync("Kế hoạch kiểm tra năm 2025 trước ngày 28/10/2024 cho XDGT, BVDK");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");
        Assert.Contains("Đã gửi đề nghị gia hạn", (await bot.SayAsync(secretary, $"/giahan #{report.Id} 29/10/2024 chờ ký")).Text(), StringComparison.Ordinal);

        var asked = (await bot.SayAsync(secretary, line)).Text();

        Assert.DoesNotContain("Bot chưa hiểu", asked, StringComparison.Ordinal);
        Assert.Contains($"Bạn muốn xin gia hạn việc #{report.Id} \"{report.Title}\" đến", asked, StringComparison.Ordinal);
        Assert.Contains(date, asked, StringComparison.Ordinal);
        Assert.Contains("thay cho đề nghị số 1 (đến 29/10/2024) chưa được trả lời", asked, StringComparison.Ordinal);
        var turn = await bot.SayAsync(secretary, "1");
        var sent = turn.Text();
        Assert.Contains("thay cho đề nghị số 1 trước đó của đơn vị", sent, StringComparison.Ordinal);
        // The words that changed the date are no reason: the office reads the one the request had.
        var notice = string.Join("\n", turn.Proactive.Select(p => p.Message.Text));
        Assert.Contains("thay cho đề nghị số 1", notice, StringComparison.Ordinal);
        Assert.Contains("chờ ký", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("em xin", notice, StringComparison.Ordinal);
    }
}
