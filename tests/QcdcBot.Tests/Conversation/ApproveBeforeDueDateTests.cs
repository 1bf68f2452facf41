using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// "/duyet N &lt;ngày&gt;" with a date no later than the unit's due date as it stands (the deadline's, or an extension
/// already granted) would shorten it or change nothing: refused with the reason and what to type, nothing written.
/// </summary>
public sealed class ApproveBeforeDueDateTests
{
    [Theory]
    [InlineData("/duyet 1 20/10/2024", "trước")]
    [InlineData("/duyet #1 ngày 22/10", "trước")]
    [InlineData("/duyet 1 25/10/2024", "trùng")]
    public async Task Approving_to_a_date_not_after_the_due_date_is_refused_with_the_reason(string approval, string relation)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết dân vận khéo trước ngày 25/10/2024 cho CTK");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        await bot.SayAsync(secretary, "/giahan 31/10/2024 đang chờ ký");

        var reply = await bot.SayAsync(BotHarness.Admin, approval);

        Assert.Contains("Chưa duyệt gì: ngày", reply.Text(), StringComparison.Ordinal);
        Assert.Contains($"{relation} hạn hiện tại của việc là Thứ Sáu, 25/10/2024", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("/duyet 1;", reply.Text(), StringComparison.Ordinal);
        Assert.Empty(reply.Proactive);
        Assert.Empty(reply.Last().Choices);
        Assert.Equal(ExtensionState.Pending, (await bot.Get<ExtensionRequestStore>().GetAsync(1))!.State);
        Assert.Empty(await bot.Get<DeadlineStore>().OverridesAsync(deadline.Id));
    }

    [Fact]
    public async Task Approving_a_second_request_to_a_date_before_the_extension_already_granted_is_refused()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết dân vận khéo trước ngày 25/10/2024 cho CTK");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        await bot.SayAsync(secretary, "/giahan 31/10/2024 đang chờ ký");
        await bot.SayConfirmedAsync(BotHarness.Admin, "/duyet 1");
        await bot.SayAsync(secretary, $"/giahan #{deadline.Id} 8/11/2024 chưa họp");

        var reply = (await bot.SayAsync(BotHarness.Admin, "/duyet 2 29/10/2024")).Text();

        Assert.Contains("trước hạn đã được gia hạn của đơn vị", reply, StringComparison.Ordinal);
        Assert.Contains("31/10/2024", reply, StringComparison.Ordinal);
        Assert.Equal(ExtensionState.Pending, (await bot.Get<ExtensionRequestStore>().GetAsync(2))!.State);
        Assert.Equal(new DateOnly(2024, 10, 31), (await bot.Get<DeadlineStore>().OverridesAsync(deadline.Id))[(await bot.UnitAsync("CTK")).Id]);
    }
}
