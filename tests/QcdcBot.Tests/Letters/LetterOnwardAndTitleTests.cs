using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>
/// What clerk15's round left after letters17 and letters18: the office's onward date in the units' sentence, a numbered
/// task taken for a heading, a list's title, a short passage after /congvan alone, a corrected letter moving a date,
/// the ways clerks type a date change, and a long list of units said counted.
/// </summary>
public sealed class LetterOnwardAndTitleTests : ClerkRound
{
    [Theory]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 18/12/2026, Ban Tuyên giáo tổng hợp báo cáo Ban Thường vụ trước ngày 23/12/2026.", "23/12/2026", "Ban Tuyên giáo")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 18/12/2026 để Ban Tuyên giáo tổng hợp, báo cáo Ban Thường vụ Đảng ủy Khối trước ngày 23/12/2026.", "23/12/2026", "Ban Tuyên giáo")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 18/12/2026 để Đảng ủy Khối tổng hợp báo cáo Tỉnh ủy trước ngày 28/12/2026.", "28/12/2026", "Đảng ủy Khối")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 18/12/2026 để Văn phòng Đảng ủy tổng hợp, trình Thường trực trước ngày 22/12/2026.", "22/12/2026", "Văn phòng Đảng ủy")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 18/12/2026 để Ban Thường vụ Tỉnh ủy cho ý kiến trước ngày 28/12/2026.", "28/12/2026", "Ban Thường vụ Tỉnh ủy")]
    public async Task The_offices_onward_date_in_the_units_sentence_is_not_theirs_and_is_listed_as_skipped_with_why(string sentence, string onward, string body)
    {
        var reply = await ReplyToAsync(ToGrassroots + sentence);

        Assert.Equal("Báo cáo tổng kết | 2026-12-18 | grassroots | ", await OnlyItemOfAsync(sentence));
        Assert.Contains($"\"trước ngày {onward}\": việc của {body}, không phải hạn nộp của các đơn vị", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_date_the_units_are_asked_in_the_same_sentence_is_still_theirs()
    {
        var items = await ItemsOfAsync(ToGrassroots + "Các đơn vị gửi báo cáo tổng kết trước ngày 18/12/2026, Ban Thường vụ Đảng ủy Khối đề nghị các đơn vị gửi kế hoạch năm 2027 trước ngày 23/12/2026.");

        Assert.Equal(2, items.Count);
        Assert.StartsWith("Kế hoạch năm 2027 | 2026-12-23 | grassroots", items[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1. Các đơn vị tiếp tục tuyên truyền Luật Thực hiện dân chủ ở cơ sở.\n2. Các đơn vị gửi báo cáo trước ngày 11/12/2026.")]
    [InlineData("1. Các đơn vị tổ chức hội nghị đối thoại trong tháng 12.\n2. Các đơn vị gửi bản mềm báo cáo qua hộp thư điện tử trước ngày 11/12/2026.")]
    [InlineData("1. Đề nghị các chi, đảng bộ cơ sở quán triệt Kết luận của Ban Thường vụ\n2. Các đơn vị gửi báo cáo trước ngày 11/12/2026.")]
    public async Task A_numbered_task_without_a_date_is_not_a_heading_so_the_next_items_title_comes_from_the_subject(string points)
    {
        var letter = ToGrassroots.Replace("Yên Bái, ngày", "V/v báo cáo kết quả thực hiện QCDC năm 2026\nYên Bái, ngày", StringComparison.Ordinal) + points;

        var item = Assert.Single(await ItemsOfAsync(letter));

        Assert.StartsWith("Báo cáo kết quả thực hiện QCDC năm 2026 | 2026-12-11 | grassroots", item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các đơn vị cử đại biểu dự Hội nghị tổng kết, danh sách gửi trước ngày 10/12/2026.", "Danh sách đại biểu dự Hội nghị tổng kết")]
    [InlineData("Đề nghị các đơn vị cử 02 đồng chí tham dự lớp tập huấn nghiệp vụ, gửi danh sách trước ngày 10/12/2026.", "Danh sách đồng chí tham dự lớp tập huấn nghiệp vụ")]
    [InlineData("Các đơn vị giới thiệu gương điển hình tiên tiến, danh sách nộp trước ngày 10/12/2026.", "Danh sách gương điển hình tiên tiến")]
    public async Task A_list_named_alone_is_titled_by_what_it_lists(string sentence, string title)
    {
        var letter = ToGrassroots.Replace("Yên Bái, ngày", "V/v báo cáo công tác dân vận năm 2026\nYên Bái, ngày", StringComparison.Ordinal) + sentence;

        Assert.StartsWith(title + " | 2026-12-10 | ", Assert.Single(await ItemsOfAsync(letter)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Đề nghị các chi, đảng bộ cơ sở gửi báo cáo quý IV về Ban Tuyên giáo trước ngày 15/12/2026.")]
    [InlineData("Số 77-CV/ĐUK ngày 27/11/2026. Các chi, đảng bộ cơ sở gửi báo cáo quý IV trước ngày 15/12/2026.")]
    [InlineData("Kính gửi: Các chi, đảng bộ cơ sở. Đề nghị các đơn vị gửi báo cáo quý IV trước ngày 15/12/2026.")]
    public async Task A_short_passage_after_congvan_alone_is_read_as_the_letter(string passage)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan");

        var reply = (await bot.SayAsync(BotHarness.Admin, passage)).Text();

        Assert.DoesNotContain("chưa hiểu", reply, StringComparison.Ordinal);
        Assert.Contains("Báo cáo quý IV", reply, StringComparison.Ordinal);
        Assert.Contains("15/12/2026", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrected_letter_moving_a_due_date_names_the_change_and_offers_to_attach_it()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + "Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026.");
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");
        var made = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(false));
        var corrected = ToGrassroots.Replace("ngày 30 tháng 11", "ngày 01 tháng 12", StringComparison.Ordinal) + "Các đơn vị gửi báo cáo tổng kết trước ngày 16/12/2026.";

        var reply = (await bot.SayAsync(BotHarness.Admin, "/congvan " + corrected)).Text();

        Assert.Contains($"văn bản này ghi hạn 16/12/2026, việc #{made.Id} đang có hạn 15/12/2026; muốn dời theo văn bản, gõ \"gắn 1\" để dời hạn việc #{made.Id} đến 16/12/2026 và gắn văn bản này vào việc", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sửa 1 thành 24/12/2026")]
    [InlineData("sửa 1 ngày 24/12/2026")]
    [InlineData("sửa 1: 24/12/2026")]
    [InlineData("sua 1 24/12/2026")]
    [InlineData("sửa mục 1 sang ngày 24/12/2026")]
    public async Task A_date_change_typed_with_thanh_ngay_or_a_colon_moves_the_item(string edit)
    {
        await using var bot = await ProposingAsync("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026.");

        var reply = (await bot.SayAsync(BotHarness.Admin, edit)).Text();
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");

        Assert.DoesNotContain("chưa hiểu", reply, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 24), Assert.Single(await bot.Get<DeadlineStore>().ListAsync(false)).DueDate);
    }

    [Fact]
    public async Task An_item_for_many_named_units_is_said_counted_with_the_first_names()
    {
        var all = await ReplyToAsync(ToGrassroots.Replace("Các chi, đảng bộ cơ sở.", "Các chi, đảng bộ cơ sở; Ban Thường vụ Đoàn Thanh niên Khối; Công đoàn viên chức tỉnh.", StringComparison.Ordinal)
            + "Đề nghị các đơn vị gửi báo cáo trước ngày 14/12/2026.");

        Assert.Matches(@"Đơn vị: [0-9]+ đơn vị: [^\n]*và [0-9]+ đơn vị khác", all);
    }

    [Theory]
    [InlineData("Hạn chót: 23/12/2026.", "2026-12-23")]
    [InlineData("Hạn cuối: 16/12.", "2026-12-16")]
    public async Task A_due_label_naming_nothing_is_titled_from_the_letters_subject(string line, string due)
    {
        var letter = ToGrassroots.Replace("Yên Bái, ngày", "V/v báo cáo công tác dân vận năm 2026\nYên Bái, ngày", StringComparison.Ordinal) + line;

        Assert.StartsWith($"Báo cáo công tác dân vận năm 2026 | {due} | ", Assert.Single(await ItemsOfAsync(letter)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Đảng bộ Sở Y tế và các chi bộ trực thuộc gửi báo cáo A trước ngày 15/12/2026.", "SYT")]
    [InlineData("Đề nghị Đảng bộ Sở Y tế, Chi bộ Báo Yên Bái và các đoàn thể khối gửi báo cáo A trước ngày 15/12/2026.", "SYT,BAOYB")]
    public async Task Units_named_with_a_group_as_the_subject_are_those_units_and_the_groups(string sentence, string codes)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var units = await bot.Get<QcdcBot.Storage.Units.UnitStore>().AllAsync();
        var named = codes.Split(',').Select(c => units.Single(u => u.Code == c)).ToList();
        var group = units.Where(u => sentence.Contains("chi bộ trực thuộc", StringComparison.Ordinal) ? u.Kind == QcdcBot.Storage.Units.UnitKind.ChiBo : u.Kind == QcdcBot.Storage.Units.UnitKind.DoanThe).ToList();

        var item = Assert.Single((await ProposalHarness.ProposeAsync(bot, "cv.txt", System.Text.Encoding.UTF8.GetBytes(ToGrassroots + sentence))).Items);

        Assert.Equal(QcdcBot.Storage.Deadlines.DeadlineScope.Units, item.Scope);
        Assert.Equal(named.Concat(group).Select(u => u.Id).Distinct().Order(), item.UnitIds.Order());
    }

    [Fact]
    public async Task A_pasted_letter_sent_back_to_a_secretary_is_named_as_the_offices_of_that_day()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan Đề nghị các chi, đảng bộ cơ sở gửi báo cáo quý IV về Ban Tuyên giáo trước ngày 15/12/2026.");
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var reply = (await bot.SayAsync(secretary, "/congvan quy IV")).Text();

        Assert.StartsWith("Văn bản của việc \"Báo cáo quý IV\" (Văn phòng gửi ngày 1/12/2026).", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guidance_left_out_of_a_title_is_quoted_without_the_bracket_it_was_written_in()
    {
        var item = await OnlyItemOfAsync("Đề nghị các đơn vị gửi Báo cáo tổng kết (theo Mẫu số 02 ban hành kèm theo Hướng dẫn số 15-HD/ĐUK ngày 20/11/2026) trước ngày 22/12/2026.");

        Assert.Contains("tên việc không gồm \"theo Hướng dẫn số 15-HD/ĐUK ngày 20/11/2026\";", item, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_letter_with_only_skipped_dates_says_nothing_was_created_on_a_line_of_its_own()
    {
        var reply = await ReplyToAsync(ToGrassroots + "Ban Tuyên giáo tổng hợp, báo cáo Thường trực Đảng ủy Khối trước ngày 30/12/2026.");

        Assert.Contains("\"trước ngày 30/12/2026\": việc của Ban Tuyên giáo, không phải hạn nộp của các đơn vị.\nChưa tạo việc nào.", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Agribank Yên Bái, Vietinbank Yên Bái và Ngân hàng TMCP Quân đội.")]
    [InlineData("Agribank Yên Bái, Vietinbank Yên Bái, Ngân hàng TMCP Quân đội.")]
    public async Task Banks_addressed_by_trade_name_after_a_comma_are_each_read(string addressees)
    {
        var letter = ToGrassroots.Replace("Các chi, đảng bộ cơ sở.", addressees, StringComparison.Ordinal) + "Đề nghị các đơn vị gửi báo cáo tín dụng chính sách trước ngày 15/12/2026.";

        Assert.StartsWith("Báo cáo tín dụng chính sách | 2026-12-15 | units:AGRI,VTB,MBB | ", Assert.Single(await ItemsOfAsync(letter)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các chi, đảng bộ cơ sở; các đảng bộ doanh nghiệp.", "Đề nghị các đơn vị gửi báo cáo trước ngày 15/12/2026.", "grassroots")]
    [InlineData("Các chi, đảng bộ cơ sở và các ngân hàng.", "Đề nghị các đơn vị gửi báo cáo trước ngày 15/12/2026.", "grassroots")]
    [InlineData("Các chi, đảng bộ cơ sở.", "Các chi, đảng bộ cơ sở và các ngân hàng gửi báo cáo trước ngày 15/12/2026.", "grassroots")]
    [InlineData("Các đảng bộ doanh nghiệp và các ngân hàng.", "Đề nghị các đơn vị gửi báo cáo trước ngày 15/12/2026.", "doanh-nghiep,ngan-hang")]
    public async Task A_tag_group_beside_another_group_is_both_groups_units(string addressees, string sentence, string expected)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var units = await bot.Get<QcdcBot.Storage.Units.UnitStore>().AllAsync();
        var want = expected == "grassroots" ? units.Where(u => u.IsGrassroots)
            : units.Where(u => u.IsGrassroots && expected.Split(',').Any(t => u.Tags.Contains(t, StringComparer.OrdinalIgnoreCase)));
        var letter = ToGrassroots.Replace("Các chi, đảng bộ cơ sở.", addressees, StringComparison.Ordinal) + sentence;

        var item = Assert.Single((await ProposalHarness.ProposeAsync(bot, "cv.txt", System.Text.Encoding.UTF8.GetBytes(letter))).Items);

        Assert.Equal(want.Select(u => u.Id).Order(), (item.Scope == QcdcBot.Storage.Deadlines.DeadlineScope.Grassroots ? units.Where(u => u.IsGrassroots).Select(u => u.Id) : item.UnitIds).Order());
    }
}
