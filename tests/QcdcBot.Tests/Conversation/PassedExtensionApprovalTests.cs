using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Members;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Approving an extension whose date has already gone says so and asks before anything is decided; and a decision the
/// bot could not pass to anyone of the unit never says "Đơn vị đã được báo".
/// </summary>
public sealed class PassedExtensionApprovalTests
{
    [Fact]
    public async Task Approving_to_a_date_already_past_says_it_and_decides_only_when_confirmed()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết công tác dân vận trước ngày 25/10/2024 cho CTK, KBNN");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        await bot.SayAsync(secretary, "xin lùi hạn đến 1/11/2024 vì chờ lãnh đạo ký");
        var request = Assert.Single(await PendingAsync(bot, deadline.Id));
        bot.SetLocalTime(2024, 11, 6, 9, 0);

        var asked = await bot.SayAsync(BotHarness.Admin, $"/duyet {request.Id}");

        Assert.Contains("đã qua", asked.Text(), StringComparison.Ordinal);
        Assert.Single(await PendingAsync(bot, deadline.Id));
        var approved = await bot.SayAsync(BotHarness.Admin, "1");
        Assert.Contains("Đã đồng ý", approved.Text(), StringComparison.Ordinal);
        Assert.Empty(await PendingAsync(bot, deadline.Id));
    }

    [Fact]
    public async Task A_refusal_nobody_of_the_unit_can_receive_says_the_unit_was_not_told()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết công tác dân vận trước ngày 25/10/2024 cho CTK, KBNN");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        await bot.SayAsync(secretary, "xin gia hạn đến 30/10/2024 ạ");
        var request = Assert.Single(await PendingAsync(bot, deadline.Id));
        await bot.Get<MemberStore>().MarkUnreachableAsync(BotHarness.Channel, secretary, "blocked");

        var refused = await bot.SayConfirmedAsync(BotHarness.Admin, $"/tuchoi {request.Id} chưa có lý do chính đáng");

        Assert.DoesNotContain("Đơn vị đã được báo", refused.Text(), StringComparison.Ordinal);
        Assert.Contains("chưa có ai nhận tin", refused.Text(), StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<ExtensionRequest>> PendingAsync(BotHarness bot, long deadlineId) =>
        (await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadlineId)).Where(r => r.State == ExtensionState.Pending).ToList();
}
