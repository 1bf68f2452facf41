using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Units written after the date without "cho" that leave units out or narrow a group (tester12b N7, N9): "trừ NHNN" with
/// no group before it is the chi, đảng bộ cơ sở less NHNN, never a job for NHNN alone; "các đảng bộ doanh nghiệp" or a
/// mistyped "cac chj bo" is refused as after "cho", never the whole group or every grassroots unit.
/// </summary>
public sealed class GiaoScopeAfterDateTests
{
    private static readonly DateTimeOffset Today = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("/giao bc QCDC9 truoc 18/12 ngoai tru dang bo NHNN", new[] { "NHNN" })]
    [InlineData("/giao bc QCDC9 truoc 18/12 ngoại trừ Đảng bộ Ngân hàng Nhà nước", new[] { "NHNN" })]
    [InlineData("/giao bc QCDC14 truoc 18/12 tru NHNN, SYT", new[] { "NHNN", "SYT" })]
    [InlineData("/giao bc QCDC14 trước 18/12, trừ NHNN và SYT", new[] { "NHNN", "SYT" })]
    [InlineData("/giao bc QCDC14 truoc 18/12 (khong ke NHNN)", new[] { "NHNN" })]
    public async Task Units_after_trừ_with_no_group_before_it_are_left_out_of_the_grassroots_units(string command, string[] spared)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var all = await bot.Get<UnitStore>().AllAsync();

        var reply = (await bot.SayAsync(BotHarness.Admin, command)).Text();
        if (reply.Contains("1)", StringComparison.Ordinal))
        {
            // A question may come (a day off, …), but its first option never hands the job to the units spared.
            await bot.SayAsync(BotHarness.Admin, "1");
        }

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        var covered = all.Where(deadline.Covers).ToList();
        Assert.DoesNotContain(covered, u => spared.Contains(u.Code));
        Assert.Equal(all.Count(u => u.IsGrassroots) - spared.Length, covered.Count);
    }

    [Theory]
    [InlineData("/giao bc G3b truoc 18/12 các đảng bộ doanh nghiệp")]
    [InlineData("/giao bc G3b truoc 18/12 cac dang bo doanh nghiep")]
    [InlineData("/giao bc G5 truoc 18/12 cac chi bo khoi doanh nghiep")]
    [InlineData("/giao bc G1 truoc 18/12 cac chj bo")]
    [InlineData("/giao bc G1 truoc 18/12 Các chi bộ khối doanh nghiệp nhé")]
    public async Task A_group_narrowed_or_mistyped_after_the_date_is_refused_never_given_to_the_whole_group(string command)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var reply = (await bot.SayAsync(BotHarness.Admin, command)).Text();

        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Contains("Chưa tạo việc nào", reply, StringComparison.OrdinalIgnoreCase);
        await bot.SayAsync(BotHarness.Admin, "1");
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync());
    }

    [Theory]
    [InlineData("/giao bc G2 truoc 18/12 cac chi bo")]
    [InlineData("/giao bc G2 truoc 18/12 các chi bộ trong khối nhé")]
    [InlineData("/giao bc G2 truoc 18/12 các chi bộ gửi về Ban Tuyên giáo nhé")]
    public async Task A_whole_group_after_the_date_still_goes_to_that_group(string command)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var all = await bot.Get<UnitStore>().AllAsync();

        await bot.SayAsync(BotHarness.Admin, command);

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Equal(all.Count(u => u.Kind == UnitKind.ChiBo), all.Count(deadline.Covers));
    }

    [Theory]
    [InlineData("/giao bc G6 truoc 18/12 cac dong chi luu y gui dung han")]
    [InlineData("/giao bc G6 trước 18/12 các đồng chí lưu ý gửi đúng hạn")]
    [InlineData("/giao bc G6 truoc 18/12 nhung noi dung can bao cao theo mau")]
    public async Task A_remark_opening_with_các_or_những_after_the_date_is_no_group_and_the_job_goes_to_the_grassroots_units(string command)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var all = await bot.Get<UnitStore>().AllAsync();

        await bot.SayAsync(BotHarness.Admin, command);

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Equal("Báo cáo G6", deadline.Title);
        Assert.Equal(all.Count(u => u.IsGrassroots), all.Count(deadline.Covers));
    }
}
