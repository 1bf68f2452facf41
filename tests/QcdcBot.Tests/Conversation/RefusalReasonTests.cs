namespace QcdcBot.Tests.Conversation;

/// <summary>The office's reason for refusing an extension reaches the unit that asked.</summary>
public sealed class RefusalReasonTests
{
    [Fact]
    public async Task A_refusal_with_a_reason_tells_the_unit_the_reason()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var asked = await bot.SayAsync(secretary, "/giahan 30/10 chờ thủ trưởng ký");
        var id = asked.Proactive[0].Message.Choices[1].Payload.Split(' ')[1];

        var decided = await bot.SayAsync(BotHarness.Admin, $"/tuchoi {id} đã quá thời hạn tổng hợp của tỉnh");

        Assert.Contains("Lý do: đã quá thời hạn tổng hợp của tỉnh.", Assert.Single(decided.Proactive).Message.Text, StringComparison.Ordinal);
        Assert.Contains("Lý do: đã quá thời hạn tổng hợp của tỉnh.", decided.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vi chua hop chi bo", "Lý do: chua hop chi bo")]
    [InlineData("vì chưa họp chi bộ", "Lý do: chưa họp chi bộ")]
    [InlineData("do thủ trưởng đi công tác", "Lý do: thủ trưởng đi công tác")]
    [InlineData("bởi vì chờ ký", "Lý do: chờ ký")]
    public async Task A_linking_vi_or_do_at_the_start_of_a_reason_is_dropped_for_the_request_and_the_refusal(string reason, string expected)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var asked = await bot.SayAsync(secretary, $"/giahan 30/10 {reason}");
        var id = asked.Proactive[0].Message.Choices[1].Payload.Split(' ')[1];

        var decided = await bot.SayAsync(BotHarness.Admin, $"/tuchoi {id} {reason}");

        Assert.Contains(expected, asked.Proactive[0].Message.Text, StringComparison.Ordinal);
        Assert.Contains(expected, Assert.Single(decided.Proactive).Message.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vi phạm quy định nộp", "vi phạm quy định nộp")]
    [InlineData("do dự chưa ký", "do dự chưa ký")]
    [InlineData("vì", "vì")]
    public void Words_that_only_start_like_vi_or_do_are_kept(string reason, string expected) =>
        Assert.Equal(expected, QcdcBot.Bot.Text.ReasonText.Clean(reason));
}
