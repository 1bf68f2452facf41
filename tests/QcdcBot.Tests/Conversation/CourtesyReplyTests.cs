namespace QcdcBot.Tests.Conversation;

/// <summary>A thank-you or an "ok" asks nothing: it gets a short thank-you, never the "Bot chưa hiểu" help.</summary>
public sealed class CourtesyReplyTests
{
    [Theory]
    [InlineData("cam on a")]
    [InlineData("cảm ơn")]
    [InlineData("Em cảm ơn bot nhiều ạ!")]
    [InlineData("ok")]
    [InlineData("👍")]
    [InlineData("vâng ạ")]
    [InlineData("thanks")]
    public async Task A_thank_you_or_an_ok_gets_a_short_answer_not_the_help(string text)
    {
        await using var bot = await BotHarness.CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var secretaryReply = await bot.SayAsync(secretary, text);
        var adminReply = await bot.SayAsync(BotHarness.Admin, text);

        Assert.Equal("Dạ, cảm ơn bạn.", secretaryReply.Text());
        Assert.Equal("Dạ, cảm ơn bạn.", adminReply.Text());
    }

    [Theory]
    [InlineData("?")]
    [InlineData("ok gửi lại giúp em file hôm qua")]
    public async Task A_question_or_a_request_is_not_taken_for_a_thank_you(string text)
    {
        await using var bot = await BotHarness.CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var reply = await bot.SayAsync(secretary, text);

        Assert.DoesNotContain("Dạ, cảm ơn bạn.", reply.Text(), StringComparison.Ordinal);
    }
}
