using QcdcBot.Bot.Channels;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// While "Lý do từ chối?" waits, the same refusal typed again without a reason ("/tuchoi 2", a double tap) decides
/// nothing and keeps the question open, so the reason typed next reaches the unit: one story (office15 finding 6).
/// </summary>
public sealed class RefusalReasonRetypedTests
{
    [Theory]
    [InlineData("/tuchoi {0}")]
    [InlineData("/tuchoi #{0}")]
    [InlineData("tuchoi {0}")]
    public async Task The_same_refusal_retyped_without_a_reason_keeps_the_reason_question_and_the_reason_reaches_the_unit(string retyped)
    {
        await using var bot = await RequestShownToAdminAsync();
        Assert.Contains("Lý do từ chối?", (await bot.SayAsync(BotHarness.Admin, "2")).Text(), StringComparison.Ordinal);

        var again = await bot.SayAsync(BotHarness.Admin, string.Format(System.Globalization.CultureInfo.InvariantCulture, retyped, 1));
        Assert.DoesNotContain("Đã từ chối", again.Text(), StringComparison.Ordinal);
        Assert.Contains("chờ lý do", again.Text(), StringComparison.Ordinal);
        Assert.Empty(again.Proactive);
        Assert.Equal(ExtensionState.Pending, (await bot.Get<ExtensionRequestStore>().GetAsync(1))!.State);

        var refused = await bot.SayAsync(BotHarness.Admin, "da het han roi, de nghi nop dung han");
        Assert.Contains("Đã từ chối đề nghị số 1", refused.Text(), StringComparison.Ordinal);
        Assert.Contains("de nghi nop dung han", Assert.Single(refused.Proactive).Message.Text, StringComparison.Ordinal);
        Assert.Equal(ExtensionState.Denied, (await bot.Get<ExtensionRequestStore>().GetAsync(1))!.State);
    }

    [Fact]
    public async Task The_refusal_retyped_with_its_reason_refuses_once_without_saying_it_is_still_waiting()
    {
        await using var bot = await RequestShownToAdminAsync();
        await bot.SayAsync(BotHarness.Admin, "2");

        var refused = await bot.SayAsync(BotHarness.Admin, "/tuchoi 1 quá muộn rồi");

        Assert.DoesNotContain("chưa bị từ chối", refused.Text(), StringComparison.Ordinal);
        Assert.Contains("Đã từ chối đề nghị số 1", refused.Text(), StringComparison.Ordinal);
        Assert.Equal(ExtensionState.Denied, (await bot.Get<ExtensionRequestStore>().GetAsync(1))!.State);
    }

    /// <summary>SYT's request số 1, shown to the admin with its numbered choices (1 Đồng ý, 2 Từ chối).</summary>
    private static async Task<BotHarness> RequestShownToAdminAsync()
    {
        var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo kết quả học tập nghị quyết trước ngày 25/11/2024 cho SYT");
        var secretary = await bot.RegisterSecretaryAsync("SYT");
        var asked = await bot.SayAsync(secretary, "/giahan 29/11/2024 chờ họp chi ủy");
        await new TypedChoices(bot.Get<ConversationStateAccessor>()).RememberAsync(
            new ConversationReference(BotHarness.Channel, BotHarness.Admin, BotHarness.Admin), asked.Proactive[0].Message, CancellationToken.None);
        return bot;
    }
}
