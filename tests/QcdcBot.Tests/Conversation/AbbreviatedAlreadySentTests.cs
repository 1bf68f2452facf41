namespace QcdcBot.Tests.Conversation;

/// <summary>"đã gửi rồi" as phones shorten it ("r" rồi, "e" em): read as "already sent", through the shared chat words.</summary>
public sealed class AbbreviatedAlreadySentTests
{
    [Theory]
    [InlineData("e gui r nhe")]
    [InlineData("da gui r")]
    [InlineData("gui r nha")]
    [InlineData("bn e nop r a")]
    [InlineData("Em nộp r ạ")]
    public async Task Already_sent_in_shorthand_is_understood_and_asks_how_when_nothing_arrived(string text)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var reply = (await bot.SayAsync(secretary, text)).Text();

        Assert.DoesNotContain("chưa hiểu", reply, StringComparison.Ordinal);
        Assert.Contains("Bot chưa nhận được bài nộp nào", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("e gui ban giay r")]
    [InlineData("k co nd phat sinh a")]
    public async Task A_status_in_shorthand_is_recorded(string text)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var reply = (await bot.SayAsync(secretary, text)).Text();

        Assert.Contains("Đã ghi nhận", reply, StringComparison.Ordinal);
        Assert.Equal(1, await bot.CountAsync("status_notes"));
    }
}
