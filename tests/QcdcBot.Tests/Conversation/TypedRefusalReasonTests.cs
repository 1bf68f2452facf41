using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// "/tuchoi N" typed without a reason asks "Lý do từ chối?" as the request's "2) Từ chối" does: nothing is decided or
/// sent before the reason or "bỏ qua", the reason on the next line reaches the unit, "thôi" leaves the request waiting
/// (zalo25 #4, office18). A refusal past the unit's due date says it is overdue now.
/// </summary>
public sealed class TypedRefusalReasonTests
{
    [Theory]
    [InlineData("/tuchoi 1")]
    [InlineData("/tuchoi #1")]
    [InlineData("tuchoi 1")]
    public async Task A_typed_refusal_without_a_reason_asks_for_one_and_the_next_line_reaches_the_unit(string typed)
    {
        await using var bot = await BotHarness.CreateAsync();
        await RequestAsync(bot);

        var asked = await bot.SayAsync(BotHarness.Admin, typed);
        Assert.Contains("Lý do từ chối?", asked.Text(), StringComparison.Ordinal);
        Assert.Empty(asked.Proactive);
        Assert.Equal(ExtensionState.Pending, (await bot.Get<ExtensionRequestStore>().GetAsync(1))!.State);

        var refused = await bot.SayAsync(BotHarness.Admin, "hoi nghi da xong tu 30/11, de nghi nop dung han");

        Assert.Contains("Đã từ chối đề nghị số 1", refused.Text(), StringComparison.Ordinal);
        Assert.Contains("de nghi nop dung han", Assert.Single(refused.Proactive).Message.Text, StringComparison.Ordinal);
        Assert.Equal(ExtensionState.Denied, (await bot.Get<ExtensionRequestStore>().GetAsync(1))!.State);
    }

    [Fact]
    public async Task Bo_qua_after_a_typed_refusal_refuses_without_a_reason()
    {
        await using var bot = await BotHarness.CreateAsync();
        await RequestAsync(bot);
        await bot.SayAsync(BotHarness.Admin, "/tuchoi 1");

        var refused = await bot.SayAsync(BotHarness.Admin, "bỏ qua");

        Assert.Contains("không đồng ý gia hạn", Assert.Single(refused.Proactive).Message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lý do:", refused.Proactive[0].Message.Text, StringComparison.Ordinal);
        Assert.Equal(ExtensionState.Denied, (await bot.Get<ExtensionRequestStore>().GetAsync(1))!.State);
    }

    [Theory]
    [InlineData("thôi")]
    [InlineData("huy")]
    public async Task Thoi_after_a_typed_refusal_leaves_the_request_waiting_and_tells_nobody(string word)
    {
        await using var bot = await BotHarness.CreateAsync();
        await RequestAsync(bot);
        await bot.SayAsync(BotHarness.Admin, "/tuchoi 1");

        var left = await bot.SayAsync(BotHarness.Admin, word);

        Assert.Contains("Chưa từ chối đề nghị số 1", left.Text(), StringComparison.Ordinal);
        Assert.Empty(left.Proactive);
        Assert.Equal(ExtensionState.Pending, (await bot.Get<ExtensionRequestStore>().GetAsync(1))!.State);
    }

    [Fact]
    public async Task A_refusal_after_the_due_date_tells_the_unit_it_is_overdue_now()
    {
        await using var bot = await BotHarness.CreateAsync();
        await RequestAsync(bot);
        bot.SetLocalTime(2024, 11, 27, 9, 0);

        var refused = await bot.SayAsync(BotHarness.Admin, "/tuchoi 1 quá muộn");

        var told = Assert.Single(refused.Proactive).Message.Text;
        Assert.Contains("hạn của đơn vị vẫn là Thứ Hai, 25/11/2024 (đã quá hạn 2 ngày: xin nộp ngay)", told, StringComparison.Ordinal);
    }

    private static async Task RequestAsync(BotHarness bot)
    {
        await bot.AssignAsync("Báo cáo kết quả học tập nghị quyết trước ngày 25/11/2024 cho SYT");
        var secretary = await bot.RegisterSecretaryAsync("SYT");
        await bot.SayAsync(secretary, "/giahan 29/11/2024 chờ họp chi ủy");
    }
}
