using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>The thirteenth round on /congvan: units of one clause kept to its own deadline, a letter pasted on one line, "của A và B".</summary>
public sealed class LetterReviewRound13Tests : ClerkRound
{
    [Theory]
    [InlineData("Đảng bộ Sở Y tế gửi báo cáo chuyên đề trước ngày 15/12/2026; Chi bộ Báo Yên Bái gửi tham luận trước ngày 16/12/2026.", "units:SYT", "units:BAOYB")]
    [InlineData("Chi bộ Báo Yên Bái nộp danh sách A chậm nhất ngày 15/12/2026, Đảng bộ Sở Y tế nộp kế hoạch B hạn chót ngày 17/12/2026.", "units:BAOYB", "units:SYT")]
    [InlineData("Các chi bộ gửi biên bản trước ngày 17/12/2026, các đảng bộ cơ sở gửi nghị quyết trước ngày 18/12/2026.", "kind:ChiBo", "kind:DangBo")]
    [InlineData("Ban Tuyên giáo đề nghị các chi, đảng bộ cơ sở gửi báo cáo A trước ngày 16/12/2026; các đoàn thể khối gửi danh sách B chậm nhất ngày 22/12/2026.", "grassroots", "kind:DoanThe")]
    [InlineData("Nộp bản đăng ký giao ước thi đua trước ngày 31/12/2026; Hội Cựu chiến binh Khối và Đoàn Thanh niên Khối nộp báo cáo chuyên đề trước ngày 24/12/2026.", "grassroots", "units:CCB,DTN")]
    [InlineData("Các đoàn thể khối gửi báo cáo A trước ngày 14/12/2026; gửi kế hoạch B trước ngày 21/12/2026.", "kind:DoanThe", "grassroots")]
    public async Task Each_clause_of_a_sentence_gives_its_own_units_to_its_own_deadline(string body, string first, string second)
    {
        var items = await ItemsOfAsync(ToGrassroots + body);

        Assert.Equal([first, second], items.Select(i => i.Split(" | ")[2]));
    }

    [Fact]
    public async Task A_shared_subject_before_and_keeps_its_units_for_both_papers()
    {
        var items = await ItemsOfAsync(ToGrassroots + "Đảng bộ Sở Y tế gửi báo cáo A trước ngày 15/12/2026 và kế hoạch B trước ngày 18/12/2026.");

        Assert.Equal(["units:SYT", "units:SYT"], items.Select(i => i.Split(" | ")[2]));
    }

    [Theory]
    [InlineData("Gửi báo cáo kết quả thực hiện năm 2026 của Chi bộ Báo Yên Bái và Đảng bộ Sở Y tế trước ngày 16/12/2026.", "Báo cáo kết quả thực hiện năm 2026 | 2026-12-16 | units:BAOYB,SYT | ")]
    [InlineData("Gửi báo cáo kết quả thực hiện năm 2026 của Đảng bộ Sở Y tế và Chi bộ Báo Yên Bái trước ngày 16/12/2026.", "Báo cáo kết quả thực hiện năm 2026 | 2026-12-16 | units:SYT,BAOYB | ")]
    [InlineData("Đề nghị gửi danh sách đảng viên của Sở Tư pháp, Chi bộ Báo Yên Bái và Đảng bộ Công ty Thủy điện Thác Bà chậm nhất ngày 17/12/2026.", "Danh sách đảng viên | 2026-12-17 | units:STP,BAOYB unmatched:Đảng bộ Công ty Thủy điện Thác Bà")]
    public async Task A_paper_of_several_named_units_goes_to_every_one_and_leaves_its_title(string body, string item) =>
        Assert.Equal(item.TrimEnd(' ', '|'), string.Join(" | ", (await OnlyItemOfAsync(body)).Split(" | ")[..3]));

    [Fact]
    public async Task The_author_of_a_cited_document_is_still_not_a_unit_asked()
    {
        var item = await OnlyItemOfAsync("Các đơn vị gửi báo cáo thực hiện Công văn số 55-CV/SYT của Sở Y tế trước ngày 16/12/2026.");

        Assert.Equal("grassroots", item.Split(" | ")[2]);
    }

    [Theory]
    [InlineData("Kính gửi: - Đảng bộ Sở Giáo dục và Đào tạo; - Chi bộ Ban Dân tộc tỉnh. 1. Các đơn vị trên gửi báo cáo tổng kết trước ngày 10/12/2026. 2. Gửi danh sách đề nghị khen thưởng hạn chót 5/1 (qua Ban Tuyên giáo). 3. Hội Cựu chiến binh Khối nộp báo cáo chuyên đề trước ngày 24/12/2026.")]
    [InlineData("Kính gửi: Đảng bộ Sở Giáo dục và Đào tạo, Chi bộ Ban Dân tộc tỉnh Đề nghị các đơn vị gửi báo cáo tổng kết trước ngày 10/12/2026; gửi danh sách đề nghị khen thưởng hạn chót 5/1. Hội Cựu chiến binh Khối nộp báo cáo chuyên đề trước ngày 24/12/2026.")]
    [InlineData("Kính gửi: Đảng bộ Sở Giáo dục và Đào tạo; Chi bộ Ban Dân tộc tỉnh gửi báo cáo tổng kết trước ngày 10/12/2026. Gửi danh sách đề nghị khen thưởng hạn chót 5/1. Hội Cựu chiến binh Khối nộp báo cáo chuyên đề trước ngày 24/12/2026.")]
    public async Task A_letter_pasted_on_one_line_ends_its_addressees_where_its_body_begins(string body)
    {
        var letter = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH Số 341-CV/ĐUK Yên Bái, ngày 27 tháng 11 năm 2026 V/v chuẩn bị tổng kết năm 2026 " + body;
        var reply = await ReplyToAsync(letter);
        var items = await ItemsOfAsync(letter);

        Assert.Equal(["units:SGDDT,BDT", "units:SGDDT,BDT", "units:CCB"], items.Select(i => i.Split(" | ")[2]));
        Assert.DoesNotContain("trước ngày 10/12/2026; ", reply.Split('\n').First(l => l.Contains("Kính gửi", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ngày 9 tháng 3 năm 2023", "Tính đến ngày 15/3/2023 đã có 40/74 đơn vị tổ chức hội nghị. Các đơn vị tiếp tục thực hiện nghiêm túc.")]
    [InlineData("ngày 30 tháng 11 năm 2027", "Các đơn vị tiếp tục thực hiện nghiêm túc Kế hoạch số 171-KH/BDVTU.")]
    public async Task A_letter_without_deadlines_is_not_warned_about_its_year(string dateLine, string body)
    {
        var reply = await ReplyToAsync(ToGrassroots.Replace("ngày 30 tháng 11 năm 2026", dateLine, StringComparison.Ordinal) + body);

        Assert.DoesNotContain("ghi nhầm năm", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sửa 1 cho Sở Kế hoạch và Đầu tư và Sở VH, TT&DL", "SKHDT, SVHTTDL")]
    [InlineData("sửa 1 cho Ngân hàng NN&PTNT chi nhánh Yên Bái; Sở Y tế", "AGRI, SYT")]
    public async Task An_edit_of_units_accepts_the_names_a_letter_would(string edit, string codes)
    {
        await using var bot = await ProposingAsync("Các đơn vị gửi báo cáo A trước ngày 15/12/2026.");

        var edited = (await bot.SayAsync(BotHarness.Admin, edit)).Text();

        Assert.DoesNotContain("Không tìm thấy", edited, StringComparison.Ordinal);
        Assert.All(codes.Split(", "), code => Assert.Contains(code, edited, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_edit_of_units_names_every_name_it_cannot_match()
    {
        await using var bot = await ProposingAsync("Các đơn vị gửi báo cáo A trước ngày 15/12/2026.");

        var edited = (await bot.SayAsync(BotHarness.Admin, "sửa 1 cho Sở Du lịch, Ngân hàng NN&PTNT chi nhánh Yên Bái; Sở Ngoại giao")).Text();

        Assert.Contains("\"Sở Du lịch\"", edited, StringComparison.Ordinal);
        Assert.Contains("\"Sở Ngoại giao\"", edited, StringComparison.Ordinal);
        Assert.Contains("Mục 1 chưa sửa", edited, StringComparison.Ordinal);
    }

    private static string Dated(int day, string body) =>
        $"ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH YÊN BÁI\nSố 291-CV/ĐUK\nYên Bái, ngày {day} tháng 11 năm 2026\n\nKính gửi: Các chi, đảng bộ cơ sở.\n\n{body}";

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo A trước ngày 25 tháng 12 năm 2026.\nCác chi bộ gửi danh sách B trước ngày 21 tháng 12.")]
    [InlineData("Các đơn vị gửi báo cáo A trước ngày 25-12-2026.\nCác chi bộ gửi danh sách B trước ngày 21.12.2026.")]
    public async Task A_corrected_letter_writing_the_same_date_another_way_keeps_the_edits(string again)
    {
        await using var bot = await ProposalHarness.ProposingAsync(Today, Dated(25, "Các đơn vị gửi báo cáo A trước ngày 25/12/2026.\nCác chi bộ gửi danh sách B trước ngày 18/12/2026."));
        await bot.SayAsync(BotHarness.Admin, "sửa 1 trước 28/12/2026");
        await bot.SayAsync(BotHarness.Admin, "sửa 2 tên Danh sách B năm 2026");

        var reply = (await bot.SayAsync(BotHarness.Admin, "/congvan " + Dated(27, again))).Text();

        Assert.Contains("Sửa ở mục 1 cũ (hạn) được giữ ở mục 1.", reply, StringComparison.Ordinal);
        Assert.Contains("Sửa ở mục 2 cũ (tên) được giữ ở mục 2.", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("không áp được", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrected_letter_renaming_a_paper_of_the_same_date_and_units_keeps_its_edits()
    {
        await using var bot = await ProposalHarness.ProposingAsync(Today, Dated(25, "Các đơn vị gửi báo cáo A trước ngày 15/12/2026.\nCác chi bộ nộp hồ sơ trước ngày 25/12/2026."));
        await bot.SayAsync(BotHarness.Admin, "sửa 2 cho SYT, BAOYB");

        var reply = (await bot.SayAsync(BotHarness.Admin, "/congvan " + Dated(27, "Các đơn vị gửi báo cáo A trước ngày 15/12/2026.\nCác chi bộ nộp hồ sơ thi đua trước ngày 25/12/2026."))).Text();

        Assert.Contains("Sửa ở mục 2 cũ (đơn vị) được giữ ở mục 2.", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("không áp được", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các đoàn thể khối gửi báo cáo sơ kết chậm nhất ngày mười tám tháng mười hai năm 2026.", "mười tám tháng mười hai năm 2026")]
    [InlineData("Các chi bộ nộp danh sách trước ngày hai mươi lăm tháng 12 năm 2026.", "hai mươi lăm tháng 12 năm 2026")]
    [InlineData("Đăng ký nội dung kiểm tra năm 2027: trong tháng 1/2027.", "trong tháng 1/2027")]
    [InlineData("Các đơn vị hoàn thành việc rà soát trong tháng 02 năm 2027.", "trong tháng 02 năm 2027")]
    public async Task A_due_date_in_words_or_a_whole_month_in_prose_is_named_not_dropped(string body, string written)
    {
        var reply = await ReplyToAsync(ToGrassroots + "Các đơn vị gửi báo cáo A trước ngày 15/12/2026.\n" + body);

        Assert.Contains(written, reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2 Danh sách năm 2027 Đảng bộ Công ty Thủy điện Thác Bà, Sở Tư pháp 17/12/2026", "Danh sách năm 2027 | 2026-12-17 | units:STP unmatched:Đảng bộ Công ty Thủy điện Thác Bà")]
    [InlineData("2 Kế hoạch tuyên truyền B Chi bộ Trường Mầm non Hoa Sen 17/12/2026", "Kế hoạch tuyên truyền B | 2026-12-17 | units: unmatched:Chi bộ Trường Mầm non Hoa Sen")]
    public async Task A_unit_the_store_does_not_know_in_a_pasted_table_row_is_listed_not_titled(string row, string item)
    {
        var items = await ItemsOfAsync(ToGrassroots + "Đề nghị các đơn vị thực hiện: TT Nội dung Đơn vị thực hiện Thời hạn 1 Báo cáo A Các chi, đảng bộ cơ sở 15/12/2026 " + row);

        Assert.Equal(item, string.Join(" | ", items[^1].Split(" | ")[..3]));
    }
}
