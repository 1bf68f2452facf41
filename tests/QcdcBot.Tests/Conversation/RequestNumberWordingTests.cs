namespace QcdcBot.Tests.Conversation;

/// <summary>An extension request is numbered "số N", so it is never read as deadline #N beside it.</summary>
public sealed class RequestNumberWordingTests
{
    [Fact]
    public async Task The_request_and_the_decision_say_so_N_while_the_deadline_keeps_its_hash_number()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var asked = await bot.SayAsync(secretary, $"/giahan #{deadline.Id} 6/11/2024 chờ họp");
        var notice = Assert.Single(asked.Proactive).Message.Text;
        var request = asked.Proactive[0].Message.Choices[0].Payload.Split(' ')[1];
        var done = (await bot.SayConfirmedAsync(BotHarness.Admin, $"/duyet {request}")).Text();

        Assert.StartsWith($"Đề nghị gia hạn số {request}:", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("Đề nghị gia hạn #", notice, StringComparison.Ordinal);
        Assert.Contains($"Đã đồng ý đề nghị số {request}:", done, StringComparison.Ordinal);
    }
}
