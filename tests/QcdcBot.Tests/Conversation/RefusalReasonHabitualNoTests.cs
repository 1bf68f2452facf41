using QcdcBot.Bot.Channels;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Issue 12 point 1 (tester12 F5): at "Lý do từ chối?" the habitual "no" answers ("0", "không", "ko") back out as at
/// every other question: nothing is refused and the unit hears nothing. A refusal without a reason has words of its own
/// ("bỏ qua", "không nêu lý do").
/// </summary>
public sealed class RefusalReasonHabitualNoTests
{
    [Theory]
    [InlineData("2", "0")]
    [InlineData("2", "không")]
    [InlineData("2", "khong")]
    [InlineData("/tuchoi 1", "ko")]
    [InlineData("/tuchoi 1", "Không.")]
    public async Task The_habitual_no_at_the_reason_question_refuses_nothing(string refuse, string no)
    {
        await using var bot = await RequestAsync();
        var asked = await bot.SayAsync(BotHarness.Admin, refuse);
        Assert.Contains("Lý do từ chối?", asked.Text(), StringComparison.Ordinal);

        var left = await bot.SayAsync(BotHarness.Admin, no);

        Assert.Contains("Chưa từ chối đề nghị số 1", left.Text(), StringComparison.Ordinal);
        Assert.Empty(left.Proactive);
        Assert.Equal(ExtensionState.Pending, (await bot.Get<ExtensionRequestStore>().GetAsync(1))!.State);
    }

    [Theory]
    [InlineData("2", "bỏ qua")]
    [InlineData("/tuchoi 1", "bo qua")]
    [InlineData("2", "không nêu lý do")]
    public async Task Bo_qua_refuses_without_a_reason(string refuse, string none)
    {
        await using var bot = await RequestAsync();
        await bot.SayAsync(BotHarness.Admin, refuse);

        var refused = await bot.SayAsync(BotHarness.Admin, none);

        var told = Assert.Single(refused.Proactive).Message.Text;
        Assert.Contains("không đồng ý gia hạn", told, StringComparison.Ordinal);
        Assert.DoesNotContain("Lý do:", told, StringComparison.Ordinal);
        Assert.Equal(ExtensionState.Denied, (await bot.Get<ExtensionRequestStore>().GetAsync(1))!.State);
    }

    private static async Task<BotHarness> RequestAsync()
    {
        var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo kết quả học tập nghị quyết trước ngày 25/11/2024 cho SYT");
        var secretary = await bot.RegisterSecretaryAsync("SYT");
        var request = await bot.SayAsync(secretary, "/giahan 29/11/2024 chờ họp chi ủy");
        // The request as the admin's phone shows it ("1) Đồng ý 2) Từ chối 0) Không"): its numbers answer it.
        await new TypedChoices(bot.Get<ConversationStateAccessor>()).RememberAsync(
            new ConversationReference(BotHarness.Channel, BotHarness.Admin, BotHarness.Admin), request.Proactive[0].Message, CancellationToken.None);
        return bot;
    }
}
