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
}
