namespace QcdcBot.Tests.Conversation;

/// <summary>
/// An extension request typed anew while the unit's earlier one still waits replaces that request, not its reason: a
/// new date without a reason carries the waiting one's, named for the office and the secretary, never "(không ghi)";
/// a reason of its own wins. Today is 16/12/2026.
/// </summary>
public sealed class ReplacingRequestReasonTests
{
    [Theory]
    [InlineData("xin gia han kh 2027 den 31/12 nhe", "dong chi bi thu di hoc")]
    [InlineData("/giahan #{0} 30/12/2026", "dong chi bi thu di hoc")]
    [InlineData("em xin lùi hạn kế hoạch QCDC 2027 đến 30/12 ạ", "dong chi bi thu di hoc")]
    [InlineData("xin gia han kh 2027 den 31/12 vi chua hop chi bo", "chua hop chi bo")]
    public async Task A_new_request_replacing_a_waiting_one_tells_the_office_the_right_reason(string again, string reason)
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 16, 9, 0);
        var plan = await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2027 trước ngày 18/12/2026");
        await bot.AssignAsync("Báo cáo sơ kết 6 tháng trước ngày 23/12/2026");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var first = (await bot.SayAsync(secretary, "cho em lui han ke hoach qcdc 2027 them 1 tuan a, do dong chi bi thu di hoc")).Text();
        Assert.Contains("Đã gửi đề nghị gia hạn", first, StringComparison.Ordinal);
        bot.SetLocalTime(2026, 12, 16, 11, 0);

        var turn = await bot.SayAsync(secretary, string.Format(System.Globalization.CultureInfo.InvariantCulture, again, plan.Id));

        var notice = turn.Proactive.Select(p => p.Message.Text).First(t => t.Contains("thay cho đề nghị số 1", StringComparison.Ordinal));
        Assert.Contains("Đã gửi đề nghị gia hạn", turn.Text(), StringComparison.Ordinal);
        Assert.Contains($"Lý do: {reason}", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("(không ghi)", notice, StringComparison.Ordinal);
        Assert.Equal(reason == "dong chi bi thu di hoc", turn.Text().Contains("Lý do giữ như đề nghị số 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_request_without_a_reason_replacing_one_without_a_reason_still_says_none_was_given()
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 16, 9, 0);
        var plan = await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2027 trước ngày 18/12/2026");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SayAsync(secretary, $"/giahan #{plan.Id} 25/12/2026");

        var turn = await bot.SayAsync(secretary, $"/giahan #{plan.Id} 30/12/2026");

        var notice = turn.Proactive.Select(p => p.Message.Text).First(t => t.Contains("thay cho đề nghị số 1", StringComparison.Ordinal));
        Assert.Contains("Lý do: (không ghi)", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("Lý do giữ", turn.Text(), StringComparison.Ordinal);
    }
}
