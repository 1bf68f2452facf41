using System.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>The third fresh-eyes round on /congvan: a clerk's own letters, read on Monday 30/11/2026.</summary>
public sealed class LetterReviewRound3Tests
{
    private static readonly DateTimeOffset Today = new(2026, 11, 30, 3, 0, 0, TimeSpan.Zero);

    private const string Header = "ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH\nSố 90-CV/ĐUK\nYên Bái, ngày 26 tháng 11 năm 2026\nKính gửi: Các chi, đảng bộ cơ sở.\n";

    [Theory]
    [InlineData("Các chi, đảng bộ cơ sở xây dựng kế hoạch thực hiện dân chủ ở cơ sở năm 2027 gửi về Ban Tuyên giáo trước ngày 15/01/2027.")]
    [InlineData("Đề nghị các chi, đảng bộ cơ sở xây dựng báo cáo tổng kết trước ngày 24/12/2026.")]
    [InlineData("Các chi bộ, đảng bộ cơ sở tổ chức hội nghị và gửi báo cáo tài chính trước ngày 24/12/2026.")]
    [InlineData("Các đảng bộ, chi bộ cơ sở nội vụ hóa hồ sơ, gửi báo cáo y tế trước ngày 24/12/2026.")]
    [InlineData("Các tổ chức cơ sở đảng xây dựng kế hoạch, phối hợp với Sở Y tế, gửi về Ban Tuyên giáo trước ngày 24/12/2026.")]
    [InlineData("Đề nghị các đơn vị cơ sở xây dựng báo cáo công thương, tài chính gửi trước ngày 24/12/2026.")]
    public async Task A_sentence_about_the_grassroots_group_is_for_every_grassroots_unit_never_a_unit_read_from_common_words(string sentence)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var draft = await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(Header + sentence));

        var item = Assert.Single(draft.Items);
        Assert.Equal(DeadlineScope.Grassroots, item.Scope);
        Assert.Empty(item.UnitIds);
    }

    [Fact]
    public async Task A_unit_named_with_its_capitals_is_still_read_beside_the_group_words()
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var draft = await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(Header + "Đề nghị Sở Xây dựng và Sở Tài chính xây dựng báo cáo cơ sở dữ liệu trước ngày 24/12/2026."));

        Assert.Equal(["Báo cáo cơ sở dữ liệu | 2026-12-24 | units:SXD,STC | "], await ProposalHarness.DescribeAsync(bot, draft));
    }

    [Theory]
    [InlineData("Số liệu báo cáo tính đến hết ngày 30/11/2026.")]
    [InlineData("Kết quả thực hiện đến hết ngày 30/11/2026 được tổng hợp trong báo cáo năm.")]
    [InlineData("Số liệu lũy kế đến hết ngày 15/12/2026.")]
    [InlineData("2. Ban Tuyên giáo tổng hợp, báo cáo Ban Thường vụ Đảng ủy Khối trước ngày 30/12/2026.")]
    [InlineData("3. Đảng ủy Khối sẽ tổ chức hội nghị tổng kết trước ngày 15/01/2027.")]
    [InlineData("- Ban Thường vụ Đảng ủy Khối sẽ kiểm tra, giám sát trước ngày 20/12/2026.")]
    [InlineData("Văn phòng Đảng ủy Khối tổng hợp danh sách, trình Thường trực trước ngày 20/12/2026.")]
    [InlineData("Các chi, đảng bộ cơ sở gửi báo cáo trước ngày 15/12/2026; Ban Tuyên giáo tổng hợp, báo cáo Thường trực Đảng ủy Khối trước ngày 30/12/2026.")]
    public async Task The_offices_own_work_and_a_cut_off_for_figures_are_not_deadlines_for_the_units(string sentence)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var draft = await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(Header + sentence));

        Assert.All(draft.Items, i => Assert.Equal(new DateOnly(2026, 12, 15), i.Due));
        Assert.True(draft.Items.Count <= 1);
    }

    [Theory]
    [InlineData("Ban Thường vụ Đảng ủy Khối đề nghị các chi, đảng bộ cơ sở xây dựng báo cáo chuyên đề, gửi về Ban Tuyên giáo trước ngày 18/12/2026.")]
    [InlineData("Ban Tuyên giáo đề nghị các đơn vị: Sở Y tế; Sở Tư pháp gửi bài viết tuyên truyền trước ngày 18/12/2026.")]
    [InlineData("Ban Tổ chức Tỉnh ủy gửi danh sách cán bộ trước ngày 18/12/2026.")]
    [InlineData("Các chi, đảng bộ cơ sở gửi báo cáo, số liệu tính đến ngày 30/11/2026, trước ngày 18/12/2026.")]
    public async Task A_sentence_where_the_office_asks_the_units_is_still_a_deadline(string sentence)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var draft = await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(Header + sentence));

        Assert.Equal(new DateOnly(2026, 12, 18), Assert.Single(draft.Items).Due);
    }
}
