using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>The seventh fresh-eyes round on /congvan: a clerk's letters, read on Tuesday 1/12/2026.</summary>
public sealed class LetterReviewRound7Tests : ClerkRound
{
    [Theory]
    [InlineData("Hạn cuối gửi bảng tổng hợp số liệu là ngày 17/12/2026.", "Bảng tổng hợp số liệu | 2026-12-17 | grassroots | ")]
    [InlineData("Hạn cuối nộp kế hoạch năm 2027: ngày 17/12/2026.", "Kế hoạch năm 2027 | 2026-12-17 | grassroots | ")]
    [InlineData("Thời hạn nộp: thứ Năm, ngày 17/12/2026 đối với báo cáo chuyên đề.", "Báo cáo chuyên đề | 2026-12-17 | grassroots | ")]
    [InlineData("Các đơn vị nộp bảng chấm điểm vào thứ Năm, ngày 17/12/2026.", "Bảng chấm điểm | 2026-12-17 | grassroots | ")]
    [InlineData("Đề nghị các đơn vị gửi báo cáo V trước thứ Năm, ngày 17/12/2026.", "Báo cáo V | 2026-12-17 | grassroots | ")]
    [InlineData("Các chi, đảng bộ cơ sở hoàn thành việc rà soát đảng viên chậm nhất là thứ Năm, 17/12/2026.", "| 2026-12-17 | grassroots | ")]
    public async Task A_due_date_written_as_the_last_day_or_after_a_weekday_is_proposed(string sentence, string expected) =>
        Assert.EndsWith(expected, await OnlyItemOfAsync(sentence), StringComparison.Ordinal);

    [Theory]
    [InlineData("Các chi, đảng bộ cơ sở nộp bản tự kiểm điểm trong tháng 12/2026.", "Bản tự kiểm điểm | 2026-12-31 | grassroots | ", "cuối tháng")]
    [InlineData("Các đơn vị hoàn thành kiểm điểm tập thể trong tháng 12/2026.", "Hoàn thành kiểm điểm tập thể | 2026-12-31 | grassroots | ", "cuối tháng")]
    [InlineData("Đề nghị các đơn vị gửi báo cáo chuyên đề trong tháng 1/2027.", "Báo cáo chuyên đề | 2027-01-29 | grassroots | ", "cuối tháng")]
    [InlineData("Các đơn vị gửi báo cáo sơ kết trong quý I/2027.", "Báo cáo sơ kết | 2027-03-31 | grassroots | ", "cuối quý")]
    [InlineData("TT\tNội dung\tThời hạn\n1\tĐăng ký thi đua\tQuý I/2027\n", "Đăng ký thi đua | 2027-03-31 | grassroots | ", "cuối quý")]
    [InlineData("TT\tNội dung\tThời hạn\n1\tBáo cáo công tác dân vận\tquý 2 năm 2027\n", "Báo cáo công tác dân vận | 2027-06-30 | grassroots | ", "cuối quý")]
    public async Task A_month_or_a_quarter_without_a_day_is_its_last_working_day_with_a_warning(string body, string expected, string said)
    {
        var item = await OnlyItemOfAsync(body);

        Assert.StartsWith(expected + "văn bản chỉ ghi", item, StringComparison.Ordinal);
        Assert.Contains(said, item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hội nghị sơ kết diễn ra vào thứ Năm, ngày 17/12/2026.")]
    [InlineData("Đoàn công tác làm việc tại đơn vị trong tháng 12/2026.")]
    [InlineData("Báo cáo số liệu phát sinh trong tháng 12/2026.")]
    [InlineData("Các đơn vị cử và gửi danh sách đại biểu dự hội nghị vào thứ Năm, ngày 17/12/2026.")]
    public async Task A_meeting_on_a_weekday_or_work_in_a_month_is_not_a_due_date(string body) =>
        Assert.Empty(await ItemsOfAsync(ToGrassroots + body));

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo W chậm nhất ngày 18/12/207.", "năm 207 không hợp lệ; sửa bằng \"sửa 1 trước 18/12/2026\"")]
    [InlineData("Các đơn vị gửi báo cáo W trước ngày 18/12/2.", "năm 2 không hợp lệ; sửa bằng \"sửa 1 trước 18/12/2026\"")]
    [InlineData("Các đơn vị gửi báo cáo W trước ngày 18-12-20266.", "năm 20266 không hợp lệ")]
    public async Task An_impossible_year_is_warned_never_dropped(string sentence, string warning)
    {
        var item = await OnlyItemOfAsync(sentence);

        Assert.StartsWith("Báo cáo W | none | grassroots | ", item, StringComparison.Ordinal);
        Assert.Contains(warning, item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hạn chót: 18/12 gửi phiếu đăng ký.", "Phiếu đăng ký")]
    [InlineData("TT\tNội dung\tĐơn vị\tThời hạn\n3\tGửi phiếu đánh giá\tCác chi, đảng bộ cơ sở\tHạn chót: 18/12/2026\n", "Phiếu đánh giá")]
    [InlineData("TT\tNội dung\tĐơn vị\tThời hạn\n3\tRà soát đảng viên\tCác chi, đảng bộ cơ sở\tHạn chót: 18/12/2026\n", "Rà soát đảng viên")]
    [InlineData("TT\tNội dung\tĐơn vị\tThời hạn\n5\tBáo cáo sơ kết công tác dân vận\tSở Y tế; Sở Nội vụ và Sở Tài chính\tchậm nhất ngày 18/12/2026\n", "Báo cáo sơ kết công tác dân vận")]
    public async Task A_title_comes_from_the_words_after_the_date_or_the_rows_content_cell(string body, string title) =>
        Assert.StartsWith(title + " | 2026-12-18 | ", await OnlyItemOfAsync(body), StringComparison.Ordinal);

    [Theory]
    [InlineData("Các đơn vị gồm: Sở Tài chính, Sở Nội vụ xây dựng mô hình chuyển đổi số năm 2027, gửi về Văn phòng Đảng ủy trước ngày 24/12/2026.", "Xây dựng mô hình chuyển đổi số năm 2027 | 2026-12-24 | ")]
    [InlineData("Các đơn vị gồm: Sở Xây dựng và Sở Y tế chuẩn bị mô hình điểm về công tác dân vận, gửi về Ban Dân vận trước ngày 24/12/2026.", "Chuẩn bị mô hình điểm về công tác dân vận | 2026-12-24 | ")]
    [InlineData("Sở Nội vụ chủ trì, phối hợp với Sở Xây dựng hoàn thiện quy trình tiếp nhận, hoàn thành trước ngày 24/12/2026.", "Hoàn thiện quy trình tiếp nhận | 2026-12-24 | units:SNV | ")]
    public async Task A_title_is_the_work_asked_for_not_where_to_send_it_nor_a_partners_name(string sentence, string expected) =>
        Assert.StartsWith(expected, await OnlyItemOfAsync(sentence), StringComparison.Ordinal);

    [Fact]
    public async Task A_day_that_does_not_exist_is_warned_and_the_title_is_kept()
    {
        var item = await OnlyItemOfAsync("Sở Nội vụ chủ trì, phối hợp với Sở Xây dựng hoàn thiện quy trình tiếp nhận, hoàn thành trước ngày 31/11/2026.");

        Assert.StartsWith("Hoàn thiện quy trình tiếp nhận | none | units:SNV | ", item, StringComparison.Ordinal);
        Assert.Contains("không có thật", item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo X trước 17 giờ 30 ngày 16/12/2026.", "Hạn: Thứ Tư, 16/12/2026, 17:30", "Báo cáo X (trước 17:30)")]
    [InlineData("Các đơn vị gửi báo cáo X trước 9h ngày 16/ 12/2026.", "Hạn: Thứ Tư, 16/12/2026, 9:00", "Báo cáo X (trước 9:00)")]
    public async Task An_hour_in_the_due_phrase_is_shown_and_kept_in_the_created_title(string sentence, string shown, string title)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var proposal = (await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + sentence)).Text();

        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");

        Assert.Contains(shown, proposal, StringComparison.Ordinal);
        Assert.Equal(title, Assert.Single(await bot.Get<DeadlineStore>().ListAsync()).Title);
    }

    [Theory]
    [InlineData("hủy")]
    [InlineData("huỷ")]
    public async Task Huy_with_nothing_waiting_says_there_is_nothing_to_drop(string answer)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var reply = (await bot.SayAsync(BotHarness.Admin, answer)).Text();

        Assert.Contains("Không có đề xuất nào đang chờ", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa hiểu", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_an_edit_to_a_day_off_one_takes_the_working_day_before()
    {
        await using var bot = await ProposingAsync("Các đơn vị gửi báo cáo A trước ngày 15/12/2026.\nCác đơn vị gửi báo cáo B trước ngày 16/12/2026.");

        var edit = (await bot.SayAsync(BotHarness.Admin, "sửa 2 trước 19/12/2026")).Text();
        var taken = (await bot.SayAsync(BotHarness.Admin, "1")).Text();

        Assert.Contains("19/12/2026 là ngày nghỉ", edit, StringComparison.Ordinal);
        Assert.Contains("Đã sửa mục 2:\n2. Báo cáo B\n   Hạn: Thứ Sáu, 18/12/2026", taken, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa hiểu", taken, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/hanchot")]
    [InlineData("/tinhhinh")]
    public async Task Leaving_the_what_to_edit_question_is_said(string next)
    {
        await using var bot = await ProposingAsync("Các đơn vị gửi báo cáo A trước ngày 15/12/2026.");
        await bot.SayAsync(BotHarness.Admin, "sửa 1");

        var reply = (await bot.SayAsync(BotHarness.Admin, next)).Text();

        Assert.StartsWith("Lưu ý: câu hỏi trước (sửa mục 1 thế nào?) chưa được trả lời nên mục 1 chưa sửa", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo Y ngày 15/12/2026.", "\"15/12/2026\": có ngày sau")]
    [InlineData("Đề nghị các đơn vị nộp danh sách đảng viên vào ngày 5 tháng 12 năm 2026.", "\"5 tháng 12 năm 2026\": có ngày sau")]
    public async Task A_date_after_gui_without_a_deadline_word_is_named_not_dropped(string sentence, string said)
    {
        var reply = await ReplyToAsync(ToGrassroots + sentence);

        Assert.Contains("Bỏ qua: " + said, reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo theo Kế hoạch số 12-KH/ĐUK ngày 5/11/2026 trước ngày 15/12/2026.")]
    [InlineData("Các đơn vị gửi báo cáo số liệu từ ngày 1/1/2026 đến ngày 30/11/2026 trước ngày 15/12/2026.")]
    public async Task Dates_of_other_documents_and_periods_are_not_named(string sentence)
    {
        var reply = await ReplyToAsync(ToGrassroots + sentence);

        Assert.Contains("Tìm thấy 1 hạn nộp", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Bỏ qua", reply, StringComparison.Ordinal);
    }

    private static string Dated(int day, string body) =>
        $"ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH YÊN BÁI\nSố 290-CV/ĐUK\nYên Bái, ngày {day} tháng 11 năm 2026\n\nKính gửi: Các chi, đảng bộ cơ sở.\n\n{body}";

    [Fact]
    public async Task A_letter_sent_again_with_a_new_date_keeps_the_edits_of_the_same_sentences_and_names_the_others()
    {
        await using var bot = await ProposalHarness.ProposingAsync(Today, Dated(25,
            "Các đơn vị gửi báo cáo A trước ngày 15/12/2026.\nCác đơn vị gửi báo cáo B trước ngày 16/12/2026.\nCác đơn vị gửi báo cáo C trước ngày 17/12/2026."));
        await bot.SayAsync(BotHarness.Admin, "sửa 2 tên Báo cáo B năm 2026");
        await bot.SayAsync(BotHarness.Admin, "sửa 3 trước 22/12/2026");

        var again = (await bot.SayAsync(BotHarness.Admin, "/congvan " + Dated(26,
            "Các đơn vị gửi báo cáo A trước ngày 15/12/2026.\nCác đơn vị gửi báo cáo B trước ngày 18/12/2026.\nCác đơn vị gửi báo cáo D trước ngày 21/12/2026."))).Text();
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");

        Assert.Contains("2. Báo cáo B năm 2026\n   Hạn: Thứ Sáu, 18/12/2026", again, StringComparison.Ordinal);
        Assert.Contains("Sửa ở mục 2 cũ (tên) được giữ ở mục 2.", again, StringComparison.Ordinal);
        Assert.Contains("Sửa ở mục 3 cũ không áp được (hạn)", again, StringComparison.Ordinal);
        Assert.Contains("Báo cáo B năm 2026", (await bot.Get<DeadlineStore>().ListAsync()).Select(d => d.Title));
    }

    [Theory]
    [InlineData("sửa 1 thêm NHNN, STC")]
    [InlineData("sua 1 them NHNN va STC")]
    public async Task Sua_them_adds_units_to_the_items_own(string edit)
    {
        await using var bot = await ProposingAsync("Đề nghị Sở Y tế gửi báo cáo A trước ngày 15/12/2026.");

        var reply = (await bot.SayAsync(BotHarness.Admin, edit)).Text();

        Assert.Contains("Đã sửa mục 1", reply, StringComparison.Ordinal);
        Assert.Matches(@"Đơn vị: [^\n]*\(SYT\), [^\n]*\(NHNN\), [^\n]*\(STC\)", reply);
        Assert.DoesNotContain("không còn cho", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sua_them_on_an_item_for_every_grassroots_unit_changes_nothing_and_says_how()
    {
        await using var bot = await ProposingAsync("Các đơn vị gửi báo cáo A trước ngày 15/12/2026.");

        var reply = (await bot.SayAsync(BotHarness.Admin, "sửa 1 thêm SYT")).Text();

        Assert.Contains("Mục 1 chưa sửa", reply, StringComparison.Ordinal);
        Assert.Contains("sửa 1 cho", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sửa 1 cho NHNN và STC")]
    [InlineData("sửa 1 cho Ngân hàng Nhà nước và Sở Tài chính")]
    [InlineData("sua 1 cho NHNN va STC")]
    public async Task Sua_cho_with_va_names_each_unit(string edit)
    {
        await using var bot = await ProposingAsync("Đề nghị Sở Y tế gửi báo cáo A trước ngày 15/12/2026.");

        var reply = (await bot.SayAsync(BotHarness.Admin, edit)).Text();

        Assert.Matches(@"Đơn vị: [^\n]*\(NHNN\), [^\n]*\(STC\)\n", reply);
    }
}
