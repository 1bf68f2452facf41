using QcdcBot.Bot.Channels;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// On a channel without buttons a typed number under an extension request is that request's button: it decides at
/// once (a refusal first asks its reason), as the button does on Telegram, and the reply names the request decided,
/// since the number stands for the request shown last.
/// </summary>
public sealed class TypedDecisionConfirmTests
{
    [Theory]
    [InlineData("1", "Đã đồng ý đề nghị số 2: ", "Approved")]
    [InlineData("số 2", "Đã từ chối đề nghị số 2: ", "Denied")]
    public async Task A_bare_number_while_two_requests_wait_decides_the_request_shown_last_at_once_and_names_it(string typed, string reply, string decided)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết dân vận khéo trước ngày 25/11/2024 cho CTK, NHNN");
        var first = await bot.RegisterSecretaryAsync("CTK");
        var second = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SayAsync(first, "/giahan 29/11/2024 chờ ký");
        var latest = await bot.SayAsync(second, "/giahan 28/11/2024 chờ họp");
        await ShownToAdminAsync(bot, latest);

        var done = await bot.SayAsync(BotHarness.Admin, typed);
        if (decided == "Denied")
        {
            // A refusal carries the unit's reason: asked for, naming the request; "bỏ qua" refuses without one.
            Assert.Contains("Từ chối đề nghị số 2: ", done.Text(), StringComparison.Ordinal);
            Assert.Contains("Lý do từ chối?", done.Text(), StringComparison.Ordinal);
            done = await bot.SayAsync(BotHarness.Admin, "bỏ qua");
        }

        Assert.Contains(reply, done.Text(), StringComparison.Ordinal);
        Assert.Contains("(NHNN)", done.Text(), StringComparison.Ordinal);
        Assert.Contains($"việc #{deadline.Id}", done.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("?", done.Text(), StringComparison.Ordinal);
        Assert.Equal(Enum.Parse<ExtensionState>(decided), (await bot.Get<ExtensionRequestStore>().GetAsync(2))!.State);
        Assert.Equal(ExtensionState.Pending, (await bot.Get<ExtensionRequestStore>().GetAsync(1))!.State);
        Assert.NotEmpty(done.Proactive);
    }

    [Fact]
    public async Task A_bare_number_for_the_only_waiting_request_decides_at_once()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết dân vận khéo trước ngày 25/11/2024 cho CTK");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        var asked = await bot.SayAsync(secretary, "/giahan 29/11/2024 chờ ký");
        await ShownToAdminAsync(bot, asked);

        Assert.Contains("Lý do từ chối?", (await bot.SayAsync(BotHarness.Admin, "2")).Text(), StringComparison.Ordinal);
        var done = await bot.SayAsync(BotHarness.Admin, "bo qua");

        Assert.Contains("Đã từ chối đề nghị số 1: ", done.Text(), StringComparison.Ordinal);
        Assert.Equal(ExtensionState.Denied, (await bot.Get<ExtensionRequestStore>().GetAsync(1))!.State);
    }

    [Fact]
    public async Task A_typed_approve_command_still_names_the_request_and_asks_once()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết dân vận khéo trước ngày 25/11/2024 cho CTK");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        await bot.SayAsync(secretary, "/giahan 29/11/2024 chờ ký");

        var asked = await bot.SayAsync(BotHarness.Admin, "/duyet 1");

        Assert.Contains("Đồng ý đề nghị số 1: ", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(ExtensionState.Pending, (await bot.Get<ExtensionRequestStore>().GetAsync(1))!.State);
    }

    /// <summary>The request's notice as a channel without buttons shows it to the admin: its choices answer a typed number.</summary>
    private static Task ShownToAdminAsync(BotHarness bot, TurnResult request) =>
        new TypedChoices(bot.Get<ConversationStateAccessor>()).RememberAsync(
            new ConversationReference(BotHarness.Channel, BotHarness.Admin, BotHarness.Admin), request.Proactive[0].Message, CancellationToken.None);
}
