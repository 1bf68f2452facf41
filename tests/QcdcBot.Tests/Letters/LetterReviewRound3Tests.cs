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

    /// <summary>A letter of 26/11/2026 with this number and body; shared with the other round-3 tests.</summary>
    internal static string Letter(string number, string sentence) =>
        $"ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH\nSố {number}-CV/ĐUK\nYên Bái, ngày 26 tháng 11 năm 2026\n{sentence}\n";

    [Fact]
    public async Task A_second_letter_while_one_waits_keeps_both_numbered_on_and_creates_each_with_its_own_letter()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("103", "Các chi, đảng bộ cơ sở gửi báo cáo quý IV trước ngày 17/12/2026."));
        await bot.SayAsync(BotHarness.Admin, "/hanchot");

        var second = await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("104", "Các chi, đảng bộ cơ sở gửi kế hoạch năm 2027 trước ngày 18/12/2026."));
        var created = await bot.SayAsync(BotHarness.Admin, "tạo tất cả");

        Assert.Contains("2. Kế hoạch năm 2027", second.Text(), StringComparison.Ordinal);
        Assert.Contains("Vẫn chờ cùng lúc: Công văn số 103-CV/ĐUK (mục 1)", second.Text(), StringComparison.Ordinal);
        Assert.Contains("Đã giao 1 việc theo Công văn số 103-CV/ĐUK", created.Text(), StringComparison.Ordinal);
        Assert.Contains("Đã giao 1 việc theo Công văn số 104-CV/ĐUK", created.Text(), StringComparison.Ordinal);
        Assert.Equal(2, (await bot.Get<DeadlineStore>().ListAsync(true)).Count);
    }

    [Fact]
    public async Task The_same_letter_sent_again_keeps_its_own_waiting_proposal_once()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var letter = Letter("103", "Các chi, đảng bộ cơ sở gửi báo cáo quý IV trước ngày 17/12/2026.");
        await bot.SayAsync(BotHarness.Admin, "/congvan " + letter);

        var again = await bot.SayAsync(BotHarness.Admin, "/congvan " + letter);

        Assert.Contains("1. Báo cáo quý IV", again.Text(), StringComparison.Ordinal);
        Assert.Contains("giữ đề xuất đang chờ", again.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Vẫn chờ cùng lúc", again.Text(), StringComparison.Ordinal);
    }

    private const string ThreeItems =
        "1. Các chi, đảng bộ cơ sở gửi báo cáo quý IV trước ngày 17/12/2026.\n2. Các chi, đảng bộ cơ sở gửi kế hoạch năm 2027 trước ngày 18/12/2026.\n3. Các chi, đảng bộ cơ sở gửi danh sách đảng viên trước ngày 22/12/2026.";

    [Fact]
    public async Task Dropping_after_a_partial_creation_says_what_was_created_and_creating_a_created_item_again_says_which_deadline_it_is()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("120", ThreeItems));
        await bot.SayAsync(BotHarness.Admin, "tạo 1");
        var first = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(true)).Id;

        var again = await bot.SayAsync(BotHarness.Admin, "tạo 1,2");
        var dropped = await bot.SayAsync(BotHarness.Admin, "hủy");

        Assert.Contains($"mục 1 → đã tạo việc #{first}", again.Text(), StringComparison.Ordinal);
        Assert.Contains("Đã giao 1 việc", again.Text(), StringComparison.Ordinal);
        Assert.Equal(2, (await bot.Get<DeadlineStore>().ListAsync(true)).Count);
        Assert.DoesNotContain("không tạo việc nào", dropped.Text(), StringComparison.Ordinal);
        Assert.Contains("Các việc đã tạo trước đó vẫn giữ", dropped.Text(), StringComparison.Ordinal);
        Assert.Contains($"mục 1 → đã tạo việc #{first}", dropped.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("trước 11/12/2026", "Hạn: Thứ Sáu, 11/12/2026")]
    [InlineData("11/12/2026", "Hạn: Thứ Sáu, 11/12/2026")]
    [InlineData("tên Báo cáo quý IV năm 2026", "2. Báo cáo quý IV năm 2026")]
    [InlineData("cho NHNN, SYT", "Đơn vị: Đảng bộ Ngân hàng Nhà nước (NHNN), Đảng bộ Sở Y tế (SYT)")]
    public async Task The_answer_to_what_to_edit_is_applied_to_the_item_asked_about(string answer, string expected)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("120", ThreeItems));

        await bot.SayAsync(BotHarness.Admin, "sửa 2");
        var edited = await bot.SayAsync(BotHarness.Admin, answer);

        Assert.Contains("Đã sửa mục 2", edited.Text(), StringComparison.Ordinal);
        Assert.Contains(expected, edited.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sửa 1: trước 22/12/2026", "Đã sửa mục 1")]
    [InlineData("tạo mục 1 và 2", "Đã giao 2 việc")]
    [InlineData("tạo tat ca nhé", "Đã giao 3 việc")]
    public async Task Common_slips_in_an_answer_are_understood(string answer, string expected)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("120", ThreeItems));

        var reply = await bot.SayAsync(BotHarness.Admin, answer);

        Assert.Contains(expected, reply.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tạo mấy cái kia")]
    [InlineData("xong rồi thì làm sao")]
    public async Task Not_understood_while_a_proposal_waits_names_the_proposal_commands(string text)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("120", ThreeItems));

        var reply = await bot.SayAsync(BotHarness.Admin, text);

        Assert.Contains("chưa hiểu", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("\"tạo tất cả\"", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("\"hủy\"", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("deadlines"));
    }

    [Fact]
    public async Task Units_that_match_none_are_asked_about_before_creating_for_the_matched_ones()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("121", "1. Các đơn vị gồm: Công ty Thủy điện Thác Bà, Sở Y tế và Ngân hàng TMCP gửi báo cáo an toàn lao động trước ngày 17/12/2026."));

        var asked = await bot.SayAsync(BotHarness.Admin, "tạo tất cả");

        Assert.Contains("Chưa khớp đơn vị: mục 1: \"Công ty Thủy điện Thác Bà\", \"Ngân hàng TMCP\"", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(["Tạo, chỉ với các đơn vị đã khớp", "Không, chưa tạo (để sửa đơn vị)"], asked.Last().Choices.Select(c => c.Label));
        Assert.Equal(0, await bot.CountAsync("deadlines"));

        var created = await bot.PressAsync(BotHarness.Admin, asked.Last().Choices[0].Payload);
        Assert.Contains("Đã giao 1 việc", created.Text(), StringComparison.Ordinal);
        Assert.Equal(1, await bot.CountAsync("deadlines"));
    }

    [Fact]
    public async Task A_due_date_on_a_day_off_is_offered_the_working_day_before_when_created_as_giao_does()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("122", "Các chi, đảng bộ cơ sở gửi báo cáo quý IV trước ngày 12/12/2026."));

        var created = await bot.SayAsync(BotHarness.Admin, "tạo tất cả");
        var moved = await bot.SayAsync(BotHarness.Admin, "dời");

        Assert.Contains("Lưu ý: 12/12/2026 là ngày nghỉ (Thứ Bảy). Dời sang ngày làm việc liền trước, Thứ Sáu, 11/12/2026?", created.Text(), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 11), Assert.Single(await bot.Get<DeadlineStore>().ListAsync(true)).DueDate);
        Assert.DoesNotContain("chưa hiểu", moved.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("23-12-2026")]
    [InlineData("23.12.2026")]
    [InlineData("ngày 23 tháng 12 năm 2026")]
    public async Task A_numbered_line_with_a_date_written_any_way_is_a_deadline_not_a_heading_for_the_lines_after_it(string date)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var body = $"4. Các chi, đảng bộ cơ sở hoàn thành kế hoạch trước {date}.\n5. Các chi, đảng bộ cơ sở nộp danh sách đảng viên trước ngày 29 tháng 12.\n6. Đề nghị gửi báo cáo trước ngày 30.12.2026.";

        var draft = await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(Header + body));

        Assert.Equal(["Kế hoạch", "Danh sách đảng viên", "Báo cáo"], draft.Items.Select(i => i.Title));
        Assert.Equal([new DateOnly(2026, 12, 23), new DateOnly(2026, 12, 29), new DateOnly(2026, 12, 30)], draft.Items.Select(i => i.Due));
    }

    [Theory]
    [InlineData("1. Hạn nộp báo cáo thi đua: 28/12/2026.", "Báo cáo thi đua")]
    [InlineData("Thời hạn hoàn thành: ngày 28/12/2026.", null)]
    [InlineData("Hạn gửi kế hoạch tuyên truyền: 28-12-2026", "Kế hoạch tuyên truyền")]
    [InlineData("Thời gian nộp danh sách đảng viên: 28/12.", "Danh sách đảng viên")]
    public async Task A_labelled_date_is_a_deadline(string sentence, string? title)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var draft = await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(Header + sentence));

        var item = Assert.Single(draft.Items);
        Assert.Equal(new DateOnly(2026, 12, 28), item.Due);
        if (title is not null)
        {
            Assert.Equal(title, item.Title);
        }
    }

    [Theory]
    [InlineData("Thời hạn hoàn thành")]
    [InlineData("Hạn nộp")]
    [InlineData("Thời gian hoàn thành")]
    [InlineData("Thời hạn")]
    public async Task A_bare_date_in_a_due_date_column_of_a_table_is_a_deadline_and_other_columns_are_not(string column)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var docx = LetterFiles.Docx(Header + "Các chi, đảng bộ cơ sở thực hiện các nội dung sau:\nĐề nghị các đơn vị thực hiện đúng thời hạn.",
            tableRowsAfterLine: [$"STT\tNội dung\tNgày ban hành\t{column}", "1\tBáo cáo sơ kết Chỉ thị 05\t01/11/2026\t15/12/2026", "2\tKế hoạch tuyên truyền năm 2027\t02/11/2026\t22/12/2026"], afterLine: 5);

        var draft = await ProposalHarness.ProposeAsync(bot, "cv.docx", docx);

        Assert.Equal(
            ["Báo cáo sơ kết Chỉ thị 05 | 2026-12-15 | grassroots | ", "Kế hoạch tuyên truyền năm 2027 | 2026-12-22 | grassroots | "],
            await ProposalHarness.DescribeAsync(bot, draft));
    }

    [Fact]
    public async Task The_units_a_letter_is_addressed_to_are_the_units_of_a_sentence_that_says_cac_don_vi_and_the_proposal_says_so()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        const string Letter = "ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH\nSố 130-CV/ĐUK\nYên Bái, ngày 27 tháng 11 năm 2026\nKính gửi:\n- Đảng bộ Sở Y tế;\n- Đảng bộ Ngân hàng Nhà nước;\n- Chi bộ Báo Yên Bái.\n" +
                              "Ban Thường vụ Đảng ủy Khối đề nghị các đơn vị xây dựng báo cáo chuyên đề về thực hiện dân chủ trong khám chữa bệnh, gửi về Ban Tuyên giáo trước ngày 18/12/2026.\nTính đến ngày 25/11/2026 mới có 2 đơn vị gửi báo cáo.\nNơi nhận:\n- Như kính gửi,\n- Lưu VP.";

        var proposal = await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter);
        var oneLine = await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(Letter.Replace("Kính gửi:\n- Đảng bộ Sở Y tế;\n- Đảng bộ Ngân hàng Nhà nước;\n- Chi bộ Báo Yên Bái.", "Kính gửi: Đảng bộ Sở Y tế; Đảng bộ Ngân hàng Nhà nước; Chi bộ Báo Yên Bái.", StringComparison.Ordinal)));

        Assert.Contains("   Đơn vị: Đảng bộ Sở Y tế (SYT), Đảng bộ Ngân hàng Nhà nước (NHNN), Chi bộ Báo Yên Bái (BAOYB)\n", proposal.Text(), StringComparison.Ordinal);
        Assert.Contains("Kính gửi: Đảng bộ Sở Y tế; Đảng bộ Ngân hàng Nhà nước; Chi bộ Báo Yên Bái. Câu không nêu tên đơn vị", proposal.Text(), StringComparison.Ordinal);
        Assert.Equal(["Báo cáo chuyên đề về thực hiện dân chủ trong khám chữa bệnh | 2026-12-18 | units:SYT,NHNN,BAOYB | "], await ProposalHarness.DescribeAsync(bot, oneLine));
    }

    [Theory]
    [InlineData("3. Ban Tuyên giáo đề nghị các đơn vị: Sở Y tế; Sở Tư pháp; Báo Yên Bái và Đài Phát thanh và Truyền hình tỉnh gửi bài viết tuyên truyền trước ngày 18/12/2026.", "Bài viết tuyên truyền")]
    [InlineData("Đề nghị gửi biểu mẫu thống kê trước ngày 18/12/2026.", "Biểu mẫu thống kê")]
    [InlineData("Đoàn Thanh niên Khối và Hội Cựu chiến binh Khối chuẩn bị tài liệu hội nghị trước ngày 18/12/2026.", "Tài liệu hội nghị")]
    public async Task A_title_is_what_is_sent_not_who_sends_it(string sentence, string title)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var draft = await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(Header + sentence));

        Assert.Equal(title, Assert.Single(draft.Items).Title);
    }

    [Fact]
    public async Task A_table_row_title_stops_at_its_cell_and_leaves_the_units_column_out()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var docx = LetterFiles.Docx(Header + "Các nội dung sau:\nĐề nghị thực hiện đúng thời hạn.",
            tableRowsAfterLine: ["STT\tNội dung\tĐơn vị thực hiện\tThời hạn", "1\tBáo cáo sơ kết Chỉ thị 05\tCác chi, đảng bộ cơ sở\tTrước ngày 15/12/2026", "2\tDanh sách đoàn viên ưu tú\tĐoàn Thanh niên Khối\tTrước ngày 16/12/2026"], afterLine: 5);

        var draft = await ProposalHarness.ProposeAsync(bot, "cv.docx", docx);

        Assert.Equal(["Báo cáo sơ kết Chỉ thị 05", "Danh sách đoàn viên ưu tú"], draft.Items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("Sở Du lịch", "Sở Du lịch")]
    [InlineData("Sở Văn hóa Du lịch", "Sở Văn hóa Du lịch")]
    public async Task A_name_that_is_not_a_units_is_listed_as_unmatched_not_given_to_a_unit_with_similar_words(string name, string unmatched)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var draft = await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(Header + $"Các đơn vị gồm {name}, Cục Thuế gửi báo cáo chuyên đề trước 17/12/2026."));

        Assert.Equal([$"Báo cáo chuyên đề | 2026-12-17 | units:CTHUE unmatched:{unmatched} | chưa khớp đơn vị \"{unmatched}\"; sửa bằng \"sửa 1 cho <mã đơn vị>, …\""], await ProposalHarness.DescribeAsync(bot, draft));
    }

    [Fact]
    public async Task A_unit_name_with_a_comma_can_be_given_with_others()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("142", ThreeItems));

        var edited = await bot.SayAsync(BotHarness.Admin, "sửa 1 cho Sở Văn hóa, Thể thao và Du lịch; Sở Y tế");

        Assert.Contains("Đơn vị: Đảng bộ Sở Văn hóa, Thể thao và Du lịch (SVHTTDL), Đảng bộ Sở Y tế (SYT)\n", edited.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_letters_date_after_a_subject_line_is_read_and_a_future_date_or_a_due_date_before_the_letter_is_flagged()
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var oneLine = await bot.SayAsync(BotHarness.Admin, "/congvan Số 45-CV/ĐUK V/v báo cáo sơ kết Yên Bái, ngày 20 tháng 11 năm 2026 Kính gửi: Các chi, đảng bộ cơ sở. Các chi, đảng bộ cơ sở gửi báo cáo sơ kết trước ngày 15/12/2026.");
        var edited = await bot.SayAsync(BotHarness.Admin, "sửa 1 trước 10/12/2026");
        await bot.SayAsync(BotHarness.Admin, "hủy");
        var future = await bot.SayAsync(BotHarness.Admin, "/congvan Số 46-CV/ĐUK\nYên Bái, ngày 20 tháng 12 năm 2026\nCác chi, đảng bộ cơ sở gửi báo cáo sơ kết trước ngày 28/12/2026.");
        var earlier = await bot.SayAsync(BotHarness.Admin, "sửa 1 trước 15/12/2026");

        Assert.Contains("Công văn số 45-CV/ĐUK, ngày 20/11/2026", oneLine.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("sớm hơn ngày văn bản", edited.Text(), StringComparison.Ordinal);
        Assert.Contains("Ngày văn bản 20/12/2026 sau hôm nay", future.Text(), StringComparison.Ordinal);
        Assert.Contains("hạn 15/12/2026 sớm hơn ngày văn bản 20/12/2026", earlier.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_line_does_not_create_an_item_with_unmatched_units_unless_allowed()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var file = Path.Combine(bot.Folder, "121.txt");
        await File.WriteAllTextAsync(file, Letter("121", "Các đơn vị gồm: Công ty Thủy điện Thác Bà, Sở Y tế gửi báo cáo an toàn lao động trước ngày 17/12/2026."));
        void Clock(Microsoft.Extensions.Hosting.IHostApplicationBuilder b) => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<TimeProvider>(b.Services, bot.Time);

        var refused = new StringWriter();
        var first = await QcdcBot.Bot.Hosting.CommandLineTools.RunAsync(["congvan", file, "--create", "--Storage:Path", bot.DatabasePath], refused, Clock);
        Assert.Equal(1, first);
        Assert.Contains("Không tạo mục 1: có đơn vị chưa khớp", refused.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("deadlines"));

        var allowed = await QcdcBot.Bot.Hosting.CommandLineTools.RunAsync(["congvan", file, "--create", "--allow-unmatched", "--Storage:Path", bot.DatabasePath], new StringWriter(), Clock);
        Assert.Equal(0, allowed);
        Assert.Equal(1, await bot.CountAsync("deadlines"));
    }

    [Fact]
    public async Task A_letter_without_a_number_sent_again_says_which_deadlines_it_already_made()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var bytes = Encoding.UTF8.GetBytes("KẾ HOẠCH\nYên Bái, ngày 26 tháng 11 năm 2026\nCác chi, đảng bộ cơ sở gửi kế hoạch năm 2027 trước ngày 18/12/2026.\n");
        await bot.SendFileAsync(BotHarness.Admin, "kh.txt", bytes, "/congvan");
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");
        var id = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(true)).Id;

        var again = await bot.SendFileAsync(BotHarness.Admin, "kh.txt", bytes, "/congvan");

        Assert.Contains($"Kế hoạch ngày 26/11/2026 đã tạo việc #{id} trước đây", again.Text(), StringComparison.Ordinal);
    }
}
