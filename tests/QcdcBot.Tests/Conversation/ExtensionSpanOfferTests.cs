namespace QcdcBot.Tests.Conversation;

/// <summary>"thêm 5 ngày" that would end in the past for a deadline says so in the offer, not only after it is picked.</summary>
public sealed class ExtensionSpanOfferTests
{
    [Theory]
    [InlineData("xin gia hạn thêm 5 ngày")]
    [InlineData("cho em lùi thêm 1 tuần ạ")]
    public async Task A_length_that_ends_in_the_past_for_a_deadline_is_said_in_the_offer(string request)
    {
        await using var bot = await BotHarness.CreateAsync();
        var gone = await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/10/2024");
        var ahead = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        bot.SetLocalTime(2024, 11, 15, 9, 0);

        var asked = await bot.SayAsync(secretary, request);

        Assert.Contains($"#{gone.Id} \"{gone.Title}\" (hạn 25/10/2024", asked.Text(), StringComparison.Ordinal);
        Assert.Contains("đã qua", asked.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(asked.Last().Choices, c => c.Label.Contains($"#{gone.Id}", StringComparison.Ordinal));
        Assert.Contains(asked.Last().Choices, c => c.Label.Contains($"#{ahead.Id}", StringComparison.Ordinal));
    }
}
