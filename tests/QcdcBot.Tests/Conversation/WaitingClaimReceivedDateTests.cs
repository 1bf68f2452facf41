namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Issue 12 points 13 and 5 (tester12g G12): when the unit's "đã gửi bản giấy" waits, the /ghinhan confirmation names
/// it and its day before anything is written; typed days later with no received date, it says what today costs
/// ("tính trễ 3 ngày") and gives the command with the claim's day.
/// </summary>
public sealed class WaitingClaimReceivedDateTests
{
    [Theory]
    [InlineData("ban giay", "/ghinhan SXD #1 ban giay nhận ngày 16/12/2026")]
    [InlineData("", "/ghinhan SXD #1 nhận ngày 16/12/2026")]
    public async Task A_waiting_claim_is_named_with_what_today_costs_before_recording(string note, string command)
    {
        await using var bot = await ClaimedOnSixteenthAsync();
        var before = await bot.SnapshotAsync();

        var asked = (await bot.SayAsync(BotHarness.Admin, $"/ghinhan SXD #1 {note}".TrimEnd())).Text();

        Assert.Contains("Lưu ý: SXD báo \"đã gửi bản giấy\" ngày 16/12/2026.", asked, StringComparison.Ordinal);
        Assert.Contains("Ghi ngày nhận hôm nay (21/12/2026) thì bài nộp tính trễ 3 ngày (hạn 18/12/2026)", asked, StringComparison.Ordinal);
        Assert.Contains(command, asked, StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
    }

    [Fact]
    public async Task A_waiting_claim_with_a_received_date_typed_is_named_without_the_cost()
    {
        await using var bot = await ClaimedOnSixteenthAsync();

        var asked = (await bot.SayAsync(BotHarness.Admin, "/ghinhan SXD #1 ban giay nhan 16/12")).Text();

        Assert.Contains("nhận ngày 16/12/2026", asked, StringComparison.Ordinal);
        Assert.Contains("Lưu ý: SXD báo \"đã gửi bản giấy\" ngày 16/12/2026.", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("tính trễ", asked, StringComparison.Ordinal);
    }

    /// <summary>21/12/2026 (Monday); #1 due Friday 18/12; SXD's secretary said "đã gửi bản giấy" on Wednesday 16/12.</summary>
    private static async Task<BotHarness> ClaimedOnSixteenthAsync()
    {
        var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 1, 9, 0);
        await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2027 trước ngày 18/12/2026");
        var secretary = await bot.RegisterSecretaryAsync("SXD");
        bot.SetLocalTime(2026, 12, 16, 9, 0);
        await bot.SayAsync(secretary, "da gui ban giay len van thu");
        bot.SetLocalTime(2026, 12, 21, 9, 0);
        return bot;
    }
}
