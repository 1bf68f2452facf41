using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Issue 12 point 10 (tester12e F6): a /giao with no units written whose title names a group ("của các chi bộ", "Các
/// đảng bộ doanh nghiệp", "các đơn vị khối doanh nghiệp") or a unit by its short name ("Kho bạc", "Hải quan", "BV Sản
/// Nhi", "VP Tỉnh ủy", "Sở GD&amp;ĐT") creates nothing before the office says whom it is for; a title naming only the work
/// ("Báo cáo kết quả thực hiện QCDC ở cơ sở", "Báo cáo của Ban Tuyên giáo") goes to the grassroots units at once
/// (<see cref="GiaoUnitInTitleTests"/>).
/// </summary>
public sealed class GiaoGroupInTitleTests
{
    private static readonly DateTimeOffset Today = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Bao cao cua cac chi bo ve QCDC truoc 18/12/2026", "2")]
    [InlineData("Tổng hợp ý kiến các chi bộ về QCDC trước 18/12/2026", "0")]
    [InlineData("Bao cao QCDC cua cac doan the truoc 18/12/2026", "không")]
    public async Task A_known_group_in_the_title_is_asked_about_and_a_no_creates_nothing(string arguments, string no)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var asked = await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);

        Assert.Contains("Việc này chỉ cho các", asked.Text(), StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        await bot.SayAsync(BotHarness.Admin, no);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
    }

    [Fact]
    public async Task Choosing_the_group_gives_the_job_to_it_alone_under_the_title_without_it()
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var asked = await bot.SayAsync(BotHarness.Admin, "/giao Bao cao cua cac chi bo ve QCDC truoc 18/12/2026");
        Assert.StartsWith("Chỉ các chi bộ (28 đơn vị)", asked.Last().Choices[0].Label, StringComparison.Ordinal);
        await bot.SayAsync(BotHarness.Admin, "1");

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        Assert.Equal("Bao cao ve QCDC", deadline.Title);
        Assert.Equal(DeadlineScope.Kind, deadline.Scope);
        Assert.Equal(UnitKind.ChiBo, deadline.ScopeKind);
    }

    [Theory]
    [InlineData("Bao cao cua Kho bac ve QCDC truoc 18/12/2026", "KBNN")]
    [InlineData("Hai quan bao cao QCDC truoc 18/12/2026", "CHQ")]
    [InlineData("Bao cao QCDC cua BV San Nhi truoc 18/12/2026", "BVSN")]
    [InlineData("Bao cao QCDC cua VP Tinh uy truoc 18/12/2026", "VPTU")]
    [InlineData("Báo cáo QCDC của Sở GD&ĐT trước 18/12/2026", "SGDDT")]
    public async Task A_short_unit_name_in_the_title_offers_that_unit_by_code_and_1_gives_it_the_job(string arguments, string code)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var asked = await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);

        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        Assert.StartsWith($"Chỉ cho {code}", asked.Last().Choices[0].Label, StringComparison.Ordinal);
        await bot.SayAsync(BotHarness.Admin, "1");
        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        Assert.Equal(DeadlineScope.Units, deadline.Scope);
        Assert.Equal(await bot.UnitIdsAsync(code), deadline.UnitIds);
    }

    [Theory]
    [InlineData("Cac dang bo doanh nghiep bao cao QCDC truoc 18/12/2026")]
    [InlineData("Các đơn vị khối doanh nghiệp báo cáo QCDC trước 18/12/2026")]
    [InlineData("Bao cao QCDC cua mot so don vi truoc 18/12/2026")]
    [InlineData("Truong Cao dang bao cao QCDC truoc 18/12/2026")]
    public async Task Title_words_the_bot_cannot_tell_the_units_of_ask_for_them_and_the_answer_gives_the_job(string arguments)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var asked = (await bot.SayAsync(BotHarness.Admin, "/giao " + arguments)).Text();

        Assert.Contains("chưa tạo việc nào", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("Không tìm thấy", asked, StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        await bot.SayAsync(BotHarness.Admin, "NHNN, VCB");
        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        Assert.Equal(await bot.UnitIdsAsync("NHNN VCB"), deadline.UnitIds.Order());
    }

    [Fact]
    public async Task Title_words_the_bot_cannot_tell_the_units_of_create_nothing_on_a_no()
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        await bot.SayAsync(BotHarness.Admin, "/giao Cac dang bo doanh nghiep bao cao QCDC truoc 18/12/2026");
        await bot.SayAsync(BotHarness.Admin, "không");

        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
    }
}
