using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Units named in /giao however the office lists them ("cho:", "gồm", "đối với", "giao cho", brackets, line breaks,
/// ";", a closing full stop) get the deadline, and only they; a list the bot cannot read, or units after the date with
/// no word opening the list, create nothing instead of a deadline for every unit. A unit's exact name wins over the
/// names that merely hold its words, in /giao, /ghinhan and /donvi alike.
/// </summary>
public sealed class NamedUnitListTests
{
    private static readonly DateTimeOffset Today = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Báo cáo chuyên đề trước 18/12/2026 cho: TTRA; CTK; Trường Cao đẳng Sư phạm Yên Bái", "TTRA CTK CDSP")]
    [InlineData("Báo cáo chuyên đề trước 18/12/2026 gồm: Cục Thống kê tỉnh Yên Bái, BAOYB", "CTK BAOYB")]
    [InlineData("Báo cáo chuyên đề trước 18/12/2026 gồm có CTK và TTRA.", "CTK TTRA")]
    [InlineData("Báo cáo chuyên đề trước 18/12/2026 bao gồm NHNN, Cao đẳng Yên Bái.", "NHNN CDYB")]
    [InlineData("Báo cáo chuyên đề trước 18/12/2026 đối với Sở Y tế; Báo Yên Bái", "SYT BAOYB")]
    [InlineData("Báo cáo chuyên đề trước 18/12/2026 (giao cho TTRA, CTK)", "TTRA CTK")]
    [InlineData("Báo cáo chuyên đề trước 18/12/2026 [dành cho NHNN; CTK] để tổng hợp", "NHNN CTK")]
    [InlineData("Báo cáo chuyên đề trước 18/12/2026 cho:\nTTRA\nCTK\nCao dang Yen Bai", "TTRA CTK CDYB")]
    [InlineData("Báo cáo chuyên đề trước 18/12/2026 các đơn vị:\n- TTRA\n- Báo Yên Bái", "TTRA BAOYB")]
    [InlineData("Báo cáo chuyên đề cho: TTRA, CTK trước 18/12/2026", "TTRA CTK")]
    [InlineData("Báo cáo chuyên đề (cho TTRA và CTK) trước 18/12/2026", "TTRA CTK")]
    [InlineData("Báo cáo chuyên đề cho TTRA, CTK (hạn 18/12/2026)", "TTRA CTK")]
    [InlineData("Báo cáo chuyên đề (hạn 18/12/2026) cho TTRA, Cao đẳng Nghề Yên Bái.", "TTRA CDN")]
    [InlineData("Báo cáo chuyên đề, gồm: Cục Thống kê tỉnh Yên Bái; TTRA, Trường Cao đẳng Sư phạm Yên Bái, trước ngày 18/12/2026", "CTK TTRA CDSP")]
    public async Task Every_way_the_office_lists_units_gives_the_deadline_to_exactly_those_units(string arguments, string codes)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var deadline = await bot.AssignAsync(arguments);

        Assert.Equal("Báo cáo chuyên đề", deadline.Title);
        Assert.Equal(new DateOnly(2026, 12, 18), deadline.DueDate);
        Assert.Equal(DeadlineScope.Units, deadline.Scope);
        Assert.Equal(await IdsAsync(bot, codes), deadline.UnitIds.Order());
    }

    [Theory]
    [InlineData("Báo cáo chuyên đề trước 18/12/2026 cho các chi bộ không bao gồm TTRA, CTK")]
    [InlineData("Báo cáo chuyên đề trước 18/12/2026 tất cả các chi bộ, không gồm: TTRA; CTK.")]
    public async Task Gom_after_khong_still_takes_units_out(string arguments)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var deadline = await bot.AssignAsync(arguments);

        Assert.DoesNotContain((await bot.UnitAsync("TTRA")).Id, deadline.UnitIds);
        Assert.DoesNotContain((await bot.UnitAsync("CTK")).Id, deadline.UnitIds);
        Assert.Contains((await bot.UnitAsync("BAOYB")).Id, deadline.UnitIds);
    }

    [Theory]
    [InlineData("Báo cáo chuyên đề trước 18/12/2026 cho: TTRA; Sở Ngoại giao; Chi bộ Không Có", "\"Sở Ngoại giao\", \"Chi bộ Không Có\"")]
    [InlineData("Báo cáo chuyên đề trước 18/12/2026 gồm: Phòng Tài vụ, CTK, XYZQ.", "\"Phòng Tài vụ\", \"XYZQ\"")]
    public async Task Every_unit_not_found_is_named_and_nothing_is_created(string arguments, string unknown)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var reply = (await bot.SayAsync(BotHarness.Admin, "/giao " + arguments)).Text();

        Assert.Contains($"Không tìm thấy đơn vị {unknown}", reply, StringComparison.Ordinal);
        Assert.Contains("Chưa tạo việc nào", reply, StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
    }

    [Fact]
    public async Task A_group_the_bot_does_not_know_is_refused_naming_the_groups_it_does()
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var reply = (await bot.SayAsync(BotHarness.Admin, "/giao Kế hoạch dân vận khéo trước 18/12/2026 cho các đảng bộ doanh nghiệp")).Text();

        Assert.Contains("Bot chỉ hiểu các nhóm: tất cả đơn vị", reply, StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
    }

    [Theory]
    [InlineData("Báo cáo kết quả trước 18/12/2026 cho NHNN, SYT")]
    [InlineData("Báo cáo tổng kết trước 18/12/2026 cho NHNN, SYT, CTK")]
    public async Task Another_kind_of_report_for_the_same_units_is_not_a_duplicate(string arguments)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.AssignAsync("Báo cáo sơ kết trước 18/12/2026 cho NHNN, SYT, CTK");

        var reply = (await bot.SayAsync(BotHarness.Admin, "/giao " + arguments)).Text();

        Assert.DoesNotContain("Đã có việc", reply, StringComparison.Ordinal);
        Assert.Equal(2, (await bot.Get<DeadlineStore>().ListAsync()).Count);
    }

    [Theory]
    [InlineData("Báo cáo chuyên đề trước 18/12/2026 TTRA, CTK", "TTRA CTK")]
    [InlineData("Báo cáo chuyên đề trước 18/12/2026 Sở Y tế và Báo Yên Bái nhé", "SYT BAOYB")]
    [InlineData("Báo cáo chuyên đề trước 18/12/2026, NHNN SYT để tổng hợp", "NHNN SYT")]
    public async Task Units_after_the_date_without_cho_create_nothing_until_the_office_says_which(string arguments, string codes)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var asked = (await bot.SayAsync(BotHarness.Admin, "/giao " + arguments)).Text();

        Assert.Contains("chưa tạo việc nào", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("nhé", asked, StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));

        await bot.SayAsync(BotHarness.Admin, "1");

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        Assert.Equal(DeadlineScope.Units, deadline.Scope);
        Assert.Equal(await IdsAsync(bot, codes), deadline.UnitIds.Order());
    }

    [Theory]
    [InlineData("Báo cáo nhanh C trước 20/12/2026 NHNN, SYT", "2")]
    [InlineData("Báo cáo chuyên đề trước 18/12/2026 Sở Y tế và Báo Yên Bái nhé", "2")]
    [InlineData("Báo cáo chuyên đề trước 18/12/2026, NHNN SYT để tổng hợp", "0")]
    public async Task The_habitual_2_at_the_units_question_creates_nothing_and_all_units_is_3(string arguments, string answer)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);

        await bot.SayAsync(BotHarness.Admin, answer);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));

        await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);
        bot.Time.Advance(TimeSpan.FromMinutes(1));
        await bot.SayAsync(BotHarness.Admin, "3");
        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        Assert.NotEqual(DeadlineScope.Units, deadline.Scope);
    }

    [Theory]
    [InlineData("Báo cáo Z trước 18/12/2026 gui NHNN va SYT", "NHNN, SYT", "NHNN SYT")]
    [InlineData("Báo cáo Z trước 18/12/2026 gửi về NHNN và SYT nhé", "NHNN, SYT", "NHNN SYT")]
    [InlineData("Báo cáo Z trước 21/12/2026 gui ngan hang nha nuoc va so y te", "NHNN, SYT", "NHNN SYT")]
    [InlineData("Báo cáo Z trước 21/12/2026 gửi Sở Y tế và Báo Yên Bái", "SYT, BAOYB", "SYT BAOYB")]
    [InlineData("Báo cáo sơ kết trước 18/12/2026, gửi Đảng bộ Ngân hàng Nhà nước và Đảng bộ Sở Y tế", "NHNN, SYT", "NHNN SYT")]
    [InlineData("Báo cáo sơ kết trước 18/12/2026 Đảng bộ Ngân hàng Nhà nước, Đảng bộ Sở Y tế", "NHNN, SYT", "NHNN SYT")]
    [InlineData("Ke hoach K truoc 22/12/2026 Dang bo NHNN", "NHNN", "NHNN")]
    [InlineData("Bao cao chuyen de 15 truoc 17/12/2026 cac dang bo NHNN, SYT", "NHNN, SYT", "NHNN SYT")]
    [InlineData("Bao cao chuyen de 10 truoc 17/12/2026 Chi bo Thanh tra tinh, Dang bo So Y te", "TTRA, SYT", "TTRA SYT")]
    [InlineData("Bao cao chuyen de 13 truoc 17/12/2026 don vi NHNN, SYT", "NHNN, SYT", "NHNN SYT")]
    [InlineData("Bao cao chuyen de 12 truoc 17/12/2026 (NHNN, SYT) nhe 😊", "NHNN, SYT", "NHNN SYT")]
    [InlineData("Ke hoach L truoc 22/12/2026 ca NHNN va SYT", "NHNN, SYT", "NHNN SYT")]
    public async Task Units_after_the_date_with_gui_va_or_a_group_word_are_asked_about_and_option_1_is_exactly_them(string arguments, string shown, string codes)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var asked = await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);
        Assert.Equal($"Chỉ cho {shown}", asked.Last().Choices[0].Label);

        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));

        await bot.SayAsync(BotHarness.Admin, "1");
        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        Assert.Equal(await IdsAsync(bot, codes), deadline.UnitIds.Order());
    }

    [Theory]
    [InlineData("bc V truoc 18/12/2026 gui ve Ban Tuyen giao cho NHNN", "\"gui ve Ban Tuyen giao\"")]
    [InlineData("Báo cáo V trước 18/12/2026 gửi về Ban Tuyên giáo cho NHNN", "\"gửi về Ban Tuyên giáo\"")]
    public async Task Tuyen_giao_before_cho_stays_in_the_words_not_used(string arguments, string quoted)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var reply = (await bot.SayAsync(BotHarness.Admin, "/giao " + arguments)).Text();

        Assert.Contains($"không dùng: {quoted}", reply, StringComparison.Ordinal);
        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        Assert.Equal(await IdsAsync(bot, "NHNN"), deadline.UnitIds);
    }

    [Theory]
    [InlineData("/donvi Cao đẳng Yên Bái", "Đảng bộ Trường Cao đẳng Yên Bái (CDYB")]
    [InlineData("/donvi cao dang yen bai", "Đảng bộ Trường Cao đẳng Yên Bái (CDYB")]
    [InlineData("/donvi Báo Yên Bái", "Chi bộ Báo Yên Bái (BAOYB")]
    [InlineData("/donvi Cao đẳng Sư phạm", "Đảng bộ Trường Cao đẳng Sư phạm Yên Bái (CDSP")]
    public async Task An_exact_unit_name_wins_over_names_that_only_hold_its_words(string command, string unit)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var reply = (await bot.SayAsync(BotHarness.Admin, command)).Text();

        Assert.StartsWith(unit, reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_several_names_hold_in_a_row_are_still_asked_about()
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var reply = (await bot.SayAsync(BotHarness.Admin, "/donvi Trường Cao đẳng")).Text();

        Assert.Contains("khớp với 3 đơn vị", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cao đẳng Yên Bái")]
    [InlineData("cao dang yen bai")]
    public async Task Paper_recorded_for_a_unit_named_exactly_is_for_that_unit(string name)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var deadline = await bot.AssignAsync("Báo cáo chuyên đề trước 18/12/2026 cho CDYB, CDN, CDSP");

        var asked = (await bot.SayAsync(BotHarness.Admin, $"/ghinhan {name} #{deadline.Id} bản giấy")).Text();

        Assert.Contains("Đảng bộ Trường Cao đẳng Yên Bái", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("khớp với", asked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tinhhinh Cao đẳng Yên Bái", "/donvi CDYB")]
    [InlineData("/chuanop ngan hang nha nuoc", "/donvi NHNN")]
    public async Task A_unit_named_where_a_deadline_goes_is_pointed_to_its_page(string command, string page)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.AssignAsync("Báo cáo chuyên đề trước 18/12/2026");
        await bot.AssignAsync("Kế hoạch năm 2027 trước 21/12/2026");

        var reply = (await bot.SayAsync(BotHarness.Admin, command)).Text();

        Assert.Contains("không phải một việc", reply, StringComparison.Ordinal);
        Assert.Contains(page, reply, StringComparison.Ordinal);
    }

    private static Task<List<long>> IdsAsync(BotHarness bot, string codes) => bot.UnitIdsAsync(codes);
}
