using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Issue 12 point 10 (tester12e F1, F2): after the date only known filler ("nhé", "ạ", an emoji, "để tổng hợp, báo cáo
/// theo quy định", "qua email") is left out silently. Any other word ("Kho bac", "BV San Nhi", "So GD&amp;DT", "một số
/// đơn vị khối doanh nghiệp") may be the unit meant: the bot asks before giving the job to every unit. A group's words
/// starting a remark ("các chi bộ không phát sinh thì báo không phát sinh", tester12g G3) are asked about too, never the group.
/// </summary>
public sealed class GiaoUnreadWordsAfterDateTests
{
    private static readonly DateTimeOffset Today = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("bc QB8 truoc 18/12/2026 Kho bac", "2")]
    [InlineData("bc QB9 truoc 18/12/2026 hai quan", "0")]
    [InlineData("bc QB10 truoc 18/12/2026 BV San Nhi", "không")]
    [InlineData("bc QB11 truoc 18/12/2026 So GD&DT", "2")]
    [InlineData("bc QB12 truoc 18/12/2026 VP Tinh uy nhé", "2")]
    [InlineData("bc QB13 truoc 18/12/2026 Vietcombank", "2")]
    [InlineData("bc QD3 truoc 18/12/2026 mot so don vi khoi doanh nghiep", "2")]
    [InlineData("bc QD4 truoc 18/12/2026 (kho bac)", "2")]
    [InlineData("bc QD5 truoc 18/12/2026 (hai quan)", "0")]
    [InlineData("bao cao chuyen de G1 truoc 24/12/2026, cac chi bo khong phat sinh thi bao khong phat sinh", "2")]
    [InlineData("bc G2 truoc 21/12/2026, cac dang bo gui ban co chu ky", "0")]
    public async Task Unread_words_after_the_date_are_asked_about_and_a_no_creates_nothing(string arguments, string no)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var asked = await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);

        Assert.Contains("bot chưa hiểu là đơn vị nào", asked.Text(), StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        await bot.SayAsync(BotHarness.Admin, no);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
    }

    [Fact]
    public async Task Choosing_1_gives_the_job_to_every_grassroots_unit_without_the_unread_words()
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var asked = await bot.SayAsync(BotHarness.Admin, "/giao bc QB14 truoc 18/12/2026 Kho bac");
        Assert.StartsWith("Giao cho", asked.Last().Choices[0].Label, StringComparison.Ordinal);
        await bot.SayAsync(BotHarness.Admin, "1");

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        Assert.Equal(DeadlineScope.Grassroots, deadline.Scope);
    }

    [Theory]
    [InlineData("bc F1 truoc 18/12/2026 nhé ạ 🙏")]
    [InlineData("bc F2 truoc ngay 18/12/2026 de tong hop, bao cao theo quy dinh.")]
    [InlineData("Báo cáo F3 trước 18/12/2026 (qua email) ok")]
    [InlineData("Báo cáo F4 trước 18/12/2026 gửi về Ban Tuyên giáo nha")]
    public async Task Known_filler_after_the_date_still_creates_at_once(string arguments)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        Assert.Equal(DeadlineScope.Grassroots, deadline.Scope);
    }
}
