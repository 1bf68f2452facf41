using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// "Đảng bộ Sở Y tế", "Chi bộ Cục Thống kê", "Đảng bộ NHNN": a unit's kind before its name or code (or any short form:
/// "Đ/B Sở Công Thương", "BV Đa khoa tỉnh", "ĐU Sở Y tế") is that unit, never
/// the group "các đảng bộ" or "các chi bộ" with the names thrown away, wherever /giao meets it: after the date without
/// "cho" (the bot asks), before the title ("Dang bo NHNN, Dang bo SYT nộp …"), after "cho" and "trừ", and in a letter's
/// sentence. Words trailing a "cho" list ("nhé các đồng chí", ", gửi bản mềm …") are named as not used, not read as a unit.
/// </summary>
public sealed class GiaoUnitKindBeforeNameTests
{
    private static readonly DateTimeOffset Today = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Bao cao chuyen de 16 truoc 17/12/2026 Dang uy Khoi de nghi Dang bo So Y te hoan thanh", "SYT", "SYT")]
    [InlineData("Báo cáo chuyên đề 17 trước 17/12/2026 các chi bộ Thanh tra tỉnh, Cục Thống kê", "TTRA, CTK", "TTRA CTK")]
    [InlineData("Bao cao chuyen de 18 truoc 17/12/2026 Dang uy Khoi yeu cau Chi bo Thanh tra tinh va Chi bo Cuc Thong ke bao cao", "TTRA, CTK", "TTRA CTK")]
    [InlineData("Báo cáo chuyên đề 19 trước 17/12/2026, đề nghị Đảng bộ Ngân hàng Nhà nước khẩn trương thực hiện", "NHNN", "NHNN")]
    [InlineData("Bc A1 truoc 28/12/2026 ĐB Sở Y tế", "SYT", "SYT")]
    [InlineData("Bc A2 truoc 28/12/2026 DB Ngan hang nha nuoc, CB Thanh tra", "NHNN, TTRA", "NHNN TTRA")]
    [InlineData("Bc A3 truoc 28/12/2026 gui cac dong chi bi thu dang bo so y te", "SYT", "SYT")]
    [InlineData("bc QCDC10 truoc 20/12/2026 gửi đồng chí Bí thư Chi bộ Cục Thống kê", "CTK", "CTK")]
    [InlineData("bc X1 truoc 18/12/2026 Benh vien Da khoa tinh", "BVDK", "BVDK")] // a name short of the whole one, with no kind
    [InlineData("Báo cáo X2 trước 18/12/2026 gửi Bệnh viện Đa khoa tỉnh", "BVDK", "BVDK")]
    // Any short form before a name the bot knows (tester12b/12c R2): never the 74 with the name "not used".
    [InlineData("bc QCDC7 truoc 21/12/2026 BV Da khoa tinh", "BVDK", "BVDK")]
    [InlineData("bc Ytwo truoc 18/12/2026 BV Đa khoa tỉnh Yên Bái", "BVDK", "BVDK")]
    [InlineData("bc Xfour truoc 18/12/2026 Đ/B Sở Công Thương", "SCT", "SCT")]
    [InlineData("bc Xfive truoc 18/12/2026 C.bộ Thanh tra tỉnh", "TTRA", "TTRA")]
    [InlineData("bc Ythree truoc 18/12/2026 đ.bộ Sở Y tế", "SYT", "SYT")]
    [InlineData("bc Zfour truoc 18/12/2026 ĐU Sở Y tế", "SYT", "SYT")]
    [InlineData("bc Zfive truoc 18/12/2026 gui d/b so cong thuong, c.bo cuc thong ke", "SCT, CTK", "SCT CTK")]
    [InlineData("Báo cáo Zsix trước 18/12/2026 gửi Đ.U Ngân hàng Nhà nước", "NHNN", "NHNN")]
    public async Task A_unit_named_after_the_date_by_its_kind_or_its_name_is_asked_about_never_given_to_the_whole_group(string arguments, string shown, string codes)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var asked = await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);

        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        Assert.Equal($"Chỉ cho {shown}", asked.Last().Choices[0].Label);
        await bot.SayAsync(BotHarness.Admin, "1");
        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        Assert.Equal(DeadlineScope.Units, deadline.Scope);
        Assert.Equal(await bot.UnitIdsAsync(codes), deadline.UnitIds.Order());
    }

    [Theory]
    [InlineData("Xay dung ke hoach tu kiem tra QCDC truoc 23/12/2026 gui ban tuyen giao", "gui ban tuyen giao")]
    [InlineData("Xây dựng kế hoạch tự kiểm tra QCDC trước 23/12/2026 gửi về Ban Tuyên giáo", "gửi về Ban Tuyên giáo")]
    [InlineData("Xây dựng kế hoạch tự kiểm tra QCDC trước 23/12/2026 gửi Ban Tuyên giáo Đảng ủy Khối", "gửi Ban Tuyên giáo Đảng ủy Khối")]
    public async Task Where_to_send_the_paper_is_no_unit_though_a_unit_name_holds_its_words(string arguments, string notUsed)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var reply = (await bot.SayAsync(BotHarness.Admin, "/giao " + arguments)).Text();

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        Assert.Equal(DeadlineScope.Grassroots, deadline.Scope);
        Assert.Contains($"không dùng: \"{notUsed}\"", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ban Thường vụ Đảng ủy Khối yêu cầu Chi bộ Thanh tra tỉnh và Chi bộ Cục Thống kê báo cáo kết quả khắc phục trước ngày 22/12/2026")]
    [InlineData("de nghi chi bo thanh tra tinh va chi bo cuc thong ke bao cao ket qua thuc hien QCDC truoc ngay 22/12/2026")]
    public async Task A_letter_sentence_naming_two_chi_bo_by_their_names_keeps_both(string arguments)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var asked = (await bot.SayAsync(BotHarness.Admin, "/giao " + arguments)).Text();

        Assert.Contains("(CTK)", asked, StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        await bot.SayAsync(BotHarness.Admin, "1");
        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        Assert.Equal(await bot.UnitIdsAsync("TTRA CTK"), deadline.UnitIds.Order());
    }

    [Theory]
    [InlineData("Dang bo NHNN, Dang bo SYT nop bao cao chuyen de truoc 24/12/2026", "NHNN SYT")]
    [InlineData("Chi bo TTRA gui bao cao kiem diem truoc 24/12/2026", "TTRA")]
    [InlineData("Đảng bộ NHNN và Chi bộ TTRA nộp báo cáo chuyên đề trước 24/12/2026", "NHNN TTRA")]
    public async Task Units_named_by_kind_and_code_before_the_title_are_the_scope_not_the_title(string arguments, string codes)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var deadline = await bot.AssignAsync(arguments);

        Assert.Matches("^(Bao cao|Báo cáo) (chuyen de|chuyên đề|kiem diem)$", deadline.Title);
        Assert.Equal(DeadlineScope.Units, deadline.Scope);
        Assert.Equal(await bot.UnitIdsAsync(codes), deadline.UnitIds.Order());
    }

    [Theory]
    [InlineData("Ke hoach L truoc 22/12/2026 cho dang bo NHNN, chi bo TTRA", "NHNN TTRA", "")]
    [InlineData("Ke hoach M truoc 22/12/2026 cho Đảng bộ SYT và Chi bộ CTK", "SYT CTK", "")]
    [InlineData("Ke hoach N truoc 22/12/2026 cho NHNN - SYT - TTRA", "NHNN SYT TTRA", "")]
    [InlineData("Ke hoach O truoc 22/12/2026 cho cac don vi: NHNN; SYT; CTK.", "NHNN SYT CTK", "")]
    [InlineData("Bao cao T1 truoc 24/12/2026 cho NHNN, SYT nhe cac dong chi 🙏", "NHNN SYT", "nhe cac dong chi")]
    [InlineData("Bao cao T3 truoc 24/12/2026 cho NHNN, SYT, gui ban mem qua email", "NHNN SYT", "gui ban mem qua email")]
    public async Task Units_after_cho_read_with_their_kind_dashes_an_opener_or_a_trailing_sentence(string arguments, string codes, string notUsed)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var before = (await bot.Get<DeadlineStore>().ListAsync(includeClosed: true)).Count;
        var reply = (await bot.SayAsync(BotHarness.Admin, "/giao " + arguments)).Text();

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        Assert.Equal(0, before);
        Assert.Equal(await bot.UnitIdsAsync(codes), deadline.UnitIds.Order());
        if (notUsed.Length > 0)
        {
            Assert.Contains(notUsed, reply, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_unit_named_by_kind_and_code_after_tru_is_left_out()
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var deadline = await bot.AssignAsync("Ke hoach Q truoc 22/12/2026 cho tat ca tru dang bo NHNN");

        var all = await bot.Get<UnitStore>().AllAsync();
        Assert.DoesNotContain((await bot.UnitAsync("NHNN")).Id, deadline.UnitIds);
        Assert.Equal(all.Count - 1, deadline.UnitIds.Count);
    }
}
