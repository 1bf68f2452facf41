using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A /giao with no units written whose title names some ("bc của NHNN", "yêu cầu TTRA, CTK báo cáo …") asks "Việc này
/// chỉ cho …?" before anything is created, and option 1 takes the units out of the title; a title that merely shares a
/// word with a unit's name ("công tác dân vận", "y tế học đường") or holds a paper's number and writer ("Hướng dẫn số
/// 15-HD/BTGTU") goes to the grassroots units at once as before (tester12b N3).
/// </summary>
public sealed class GiaoUnitInTitleTests
{
    private static readonly DateTimeOffset Today = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Bao cao chuyen de Y Dang bo NHNN truoc 24/12/2026", "NHNN", "NHNN", "Bao cao chuyen de Y")]
    [InlineData("yeu cau TTRA, CTK bao cao ket qua QCDC truoc 18/12/2026", "TTRA, CTK", "TTRA CTK", "Bao cao ket qua QCDC")]
    [InlineData("bc QCDC cua chi bo Thanh tra tinh va chi bo Cuc Thong ke truoc 18/12/2026", "TTRA, CTK", "TTRA CTK", "Báo cáo QCDC")]
    [InlineData("bc cua NHNN truoc 18/12/2026", "NHNN", "NHNN", "Báo cáo")]
    [InlineData("Báo cáo tình hình Đ/B SCT trước 18/12/2026", "SCT", "SCT", "Báo cáo tình hình")]
    [InlineData("Báo cáo kết quả QCDC của Sở Y tế trước 18/12/2026", "SYT", "SYT", "Báo cáo kết quả QCDC")]
    public async Task A_unit_in_a_title_with_no_units_written_is_asked_about_and_left_out_of_the_title(string arguments, string codesShown, string codes, string title)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var asked = await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);

        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        Assert.StartsWith($"Chỉ cho {codesShown}", asked.Last().Choices[0].Label, StringComparison.Ordinal);
        await bot.SayAsync(BotHarness.Admin, "1");
        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        Assert.Equal(title, deadline.Title);
        Assert.Equal(DeadlineScope.Units, deadline.Scope);
        Assert.Equal(await bot.UnitIdsAsync(codes), deadline.UnitIds.Order());
    }

    [Theory]
    [InlineData("So Y te nop bc QCDC truoc 18/12/2026", "SYT")]
    [InlineData("Chi bo Thanh tra tinh va chi bo Cuc Thong ke gui bc QCDC truoc 18/12/2026", "TTRA CTK")]
    public async Task Units_before_the_verb_of_the_title_are_the_units_at_once(string arguments, string codes)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var deadline = await bot.AssignAsync(arguments);

        Assert.Equal("Báo cáo QCDC", deadline.Title);
        Assert.Equal(await bot.UnitIdsAsync(codes), deadline.UnitIds.Order());
    }

    [Theory]
    [InlineData("de nghi dang bo NHNN gui bc QCDC truoc 18/12/2026", "NHNN")]
    [InlineData("Đề nghị Chi bộ TTRA và Đảng bộ SYT gửi báo cáo QCDC trước 18/12/2026", "TTRA SYT")]
    public async Task A_sentence_asking_units_by_kind_and_code_is_confirmed_for_those_units_not_the_74(string arguments, string codes)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var asked = (await bot.SayAsync(BotHarness.Admin, "/giao " + arguments)).Text();

        Assert.DoesNotContain("74", asked, StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        await bot.SayAsync(BotHarness.Admin, "1");
        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        Assert.Equal(await bot.UnitIdsAsync(codes), deadline.UnitIds.Order());
    }

    [Fact]
    public async Task Every_grassroots_unit_is_the_third_choice_with_the_title_as_written()
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        await bot.SayAsync(BotHarness.Admin, "/giao bc cua NHNN truoc 18/12/2026");
        await bot.SayAsync(BotHarness.Admin, "3");

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        Assert.Equal("Báo cáo cua NHNN", deadline.Title);
        Assert.Equal(DeadlineScope.Grassroots, deadline.Scope);
    }

    [Theory]
    [InlineData("Báo cáo công tác dân vận trước 18/12/2026")]
    [InlineData("Kế hoạch tuyên truyền trước 18/12/2026")]
    [InlineData("bc tinh hinh truoc 18/12/2026")]
    [InlineData("Báo cáo y tế học đường trước 18/12/2026")]
    [InlineData("Báo cáo công tác thanh tra, thống kê trước 18/12/2026")]
    [InlineData("Quán triệt Hướng dẫn số 15-HD/BTGTU trước 18/12/2026")]
    [InlineData("Báo cáo thực hiện Công văn số 55-CV/SYT của Sở Y tế trước 18/12/2026")]
    [InlineData("Báo cáo kết quả thực hiện QCDC ở cơ sở trước 18/12/2026")]
    [InlineData("Kế hoạch thực hiện QCDC năm 2027 trước 18/12/2026")]
    [InlineData("Báo cáo của Ban Tuyên giáo về QCDC trước 18/12/2026")]
    [InlineData("Báo cáo số liệu bảo hiểm y tế trước 18/12/2026")]
    [InlineData("Báo cáo kết quả kiểm tra các đơn vị trước 18/12/2026")]
    [InlineData("Báo cáo kết quả của các chi, đảng bộ cơ sở trước 18/12/2026")]
    public async Task A_title_sharing_a_word_with_a_unit_name_goes_to_the_grassroots_units_at_once(string arguments)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var deadline = await bot.AssignAsync(arguments);

        Assert.Equal(DeadlineScope.Grassroots, deadline.Scope);
    }
}
