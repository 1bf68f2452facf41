namespace QcdcBot.Tests.Letters;

/// <summary>
/// Issue 13 (letters30): units a letter names in a list are never lost to the whole group: after a group's words and a
/// colon or in its brackets, on the lines below "các đơn vị sau đây …:", in "Kính gửi: Các đảng bộ: …"; "các đơn vị còn
/// lại" of one paper keeps a unit given its own date for another; "Riêng … không phải gửi" takes units out.
/// </summary>
public sealed class LetterUnitListTests : ClerkRound
{
    private const string Top = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH YÊN BÁI\nSố 2181-CV/ĐUK\nYên Bái, ngày 30 tháng 11 năm 2026\n\n";

    [Theory]
    [InlineData("Riêng các đảng bộ: Ngân hàng Nhà nước, Sở Tài chính, Cục Thuế tỉnh gửi kèm biểu mẫu số liệu trước ngày 14/12/2026.", "NHNN,STC,CTHUE")]
    [InlineData("Các đảng bộ: Sở Y tế, Sở Tư pháp gửi thêm danh sách điển hình trước ngày 14/12/2026.", "SYT,STP")]
    [InlineData("Đề nghị các chi bộ: Báo Yên Bái, Sở Ngoại vụ gửi danh sách điển hình trước ngày 14/12/2026.", "BAOYB,SNGV")]
    [InlineData("Rieng cac dang bo: Ngan hang Nha nuoc, So Tai chinh, Cuc Thue tinh gui kem bieu mau so lieu truoc ngay 14/12/2026.", "NHNN,STC,CTHUE")]
    [InlineData("De nghi cac chi bo: Bao Yen Bai, So Ngoai vu gui danh sach truoc ngay 14/12/2026.", "BAOYB,SNGV")]
    [InlineData("Đề nghị các đảng bộ doanh nghiệp (Điện lực Yên Bái, Viễn thông Yên Bái) gửi báo cáo về quan hệ lao động trước ngày 14/12/2026.", "DIENLUC,VNPT")]
    public async Task A_group_s_words_before_a_colon_or_brackets_open_a_list_of_its_units_never_the_whole_group(string sentence, string codes)
    {
        var item = await OnlyItemOfAsync(sentence);

        Assert.Contains($" | units:{codes} | ", item, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_s_list_after_an_item_for_every_unit_is_its_units_each_way_the_office_gives_the_letter()
    {
        var letter = ToGrassroots + "Đề nghị các chi, đảng bộ cơ sở gửi báo cáo kết quả thực hiện QCDC năm 2026 trước ngày 18/12/2026. "
            + "Riêng các đảng bộ: Ngân hàng Nhà nước, Sở Tài chính, Cục Thuế tỉnh gửi kèm biểu mẫu số liệu trước ngày 14/12/2026.";

        foreach (var proposal in await ProposedEveryWayAsync(letter))
        {
            Assert.Contains("Đơn vị: Đảng bộ Ngân hàng Nhà nước (NHNN), Đảng bộ Sở Tài chính (STC), Đảng bộ Cục Thuế tỉnh (CTHUE)", proposal, StringComparison.Ordinal);
            Assert.DoesNotContain("46 đơn vị", proposal, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Kính gửi: Các đảng bộ: Sở Y tế, Sở Tư pháp, Ngân hàng Nhà nước.", "SYT,STP,NHNN")]
    [InlineData("Kính gửi: Các đảng bộ: Sở Tư pháp, Sở Y tế.", "STP,SYT")]
    [InlineData("Kính gửi: Các chi bộ: Báo Yên Bái, Sở Ngoại vụ.", "BAOYB,SNGV")]
    [InlineData("Kinh gui: Cac dang bo: So Y te, So Tu phap.", "SYT,STP")]
    [InlineData("Kính gửi: Các đơn vị: Sở Y tế, Sở Tư pháp.", "SYT,STP")]
    public async Task A_letter_addressed_to_a_group_s_named_units_gives_every_one_of_them_the_sentences_naming_none(string addressees, string codes)
    {
        foreach (var proposal in await ProposedEveryWayAsync(Top + addressees + "\n\nĐề nghị các đơn vị gửi báo cáo chuyên đề trước ngày 14/12/2026."))
        {
            var units = proposal.Split('\n').Single(l => l.StartsWith("   Đơn vị: ", StringComparison.Ordinal));
            Assert.All(codes.Split(','), code => Assert.Contains($"({code})", units, StringComparison.Ordinal));
            Assert.DoesNotContain("chưa khớp", proposal, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Units_listed_one_a_line_below_a_sentence_pointing_to_them_are_the_units_asked_each_way()
    {
        var letter = ToGrassroots + "Đề nghị các đơn vị sau đây đăng ký mô hình dân vận khéo năm 2027, gửi về Ban Tuyên giáo trước ngày 05/01/2027:\n"
            + "- Đảng bộ Công ty Điện lực Yên Bái;\n- Đảng bộ Viễn thông Yên Bái;\n- Chi bộ Báo Yên Bái.";

        foreach (var proposal in await ProposedEveryWayAsync(letter))
        {
            Assert.Contains("Đơn vị: Đảng bộ Công ty Điện lực Yên Bái (DIENLUC), Đảng bộ Viễn thông Yên Bái (VNPT), Chi bộ Báo Yên Bái (BAOYB)", proposal, StringComparison.Ordinal);
            Assert.DoesNotContain("74 chi, đảng bộ cơ sở", proposal, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_rest_after_units_listed_below_is_the_group_less_those_units_a_trade_name_read_too()
    {
        var letter = ToGrassroots + "Đề nghị các đơn vị sau đăng ký mô hình dân vận khéo năm 2027, gửi về Ban Tuyên giáo trước ngày 05/01/2027:\n"
            + "- Đảng bộ Công ty Điện lực Yên Bái;\n- Đảng bộ Agribank Yên Bái;\n- Chi bộ Báo Yên Bái.\nCác đơn vị còn lại đăng ký trước ngày 12/01/2027.";

        var items = await ItemsOfFileAsync("cv.docx", LetterFiles.Docx(letter));

        Assert.Equal(2, items.Count);
        Assert.Contains(" | units:DIENLUC,AGRI,BAOYB | ", items[0], StringComparison.Ordinal);
        Assert.Equal(71, items[1].Split(" | ")[2].Split(',').Length);
    }

    [Fact]
    public async Task A_note_sending_a_copy_of_the_paper_named_as_bản_is_no_third_item()
    {
        var letter = ToGrassroots + "Đề nghị các đơn vị sau đăng ký mô hình dân vận khéo năm 2027, gửi về Ban Tuyên giáo trước ngày 05/01/2027:\n"
            + "- Đảng bộ Công ty Điện lực Yên Bái;\n- Chi bộ Báo Yên Bái.\nCác đơn vị còn lại đăng ký trước ngày 12/01/2027.\n"
            + "Lưu ý: bản đăng ký gửi qua phần mềm, đồng thời gửi bản giấy có chữ ký, đóng dấu trước ngày 08/01/2027.";

        var reply = await ReplyToAsync(letter);

        Assert.Contains("Tìm thấy 2 hạn nộp", reply, StringComparison.Ordinal);
        Assert.Contains("văn bản còn ghi hạn bản giấy", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kính gửi: Các chi, đảng bộ cơ sở; các đoàn thể khối.\n\n1. Các đơn vị gửi báo cáo tổng kết công tác dân vận năm 2026 trước ngày 18/12/2026; riêng Đảng bộ Bệnh viện Đa khoa tỉnh gửi trước ngày 23/12/2026.\n"
        + "2. Đảng bộ Sở Y tế, Đảng bộ Cục Thuế tỉnh gửi danh sách mô hình điểm trước ngày 10/12/2026, các đơn vị còn lại gửi trước ngày 15/12/2026.", "77 − 2 = 75 đơn vị")]
    [InlineData("Kính gửi: Các chi, đảng bộ cơ sở.\n\nĐề nghị các chi, đảng bộ cơ sở gửi báo cáo tổng kết trước ngày 18/12/2026 (riêng Đảng bộ Bệnh viện Đa khoa tỉnh gửi trước ngày 23/12/2026). "
        + "Đảng bộ Sở Y tế gửi danh sách mô hình điểm trước ngày 10/12/2026; các đơn vị còn lại gửi trước ngày 15/12/2026.", "74 − 1 = 73 đơn vị")]
    public async Task The_rest_of_one_paper_keeps_a_unit_given_its_own_date_for_another(string body, string rest)
    {
        var reply = await ReplyToAsync(Top + body);

        var last = reply[reply.LastIndexOf("Danh sách mô hình điểm", StringComparison.Ordinal)..];
        Assert.Contains("Đơn vị: " + rest + " (", last, StringComparison.Ordinal);
        Assert.DoesNotContain("(BVDK)", last, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Đề nghị các đơn vị gửi báo cáo trước ngày 15/12/2026. Riêng Đảng bộ Sở Y tế, Đảng bộ Sở Tư pháp không phải gửi.", "74 − 2 = 72 đơn vị", "(STP)")]
    [InlineData("Đề nghị các đơn vị gửi báo cáo trước ngày 15/12/2026, riêng Chi bộ Báo Yên Bái khong phai gui.", "74 − 1 = 73 đơn vị", "(BAOYB)")]
    [InlineData("Đề nghị các đơn vị gửi báo cáo trước ngày 15/12/2026 (Đảng bộ Sở Y tế, Đảng bộ Sở Tư pháp đã báo cáo nên không phải gửi).", "74 − 2 = 72 đơn vị", "(SYT)")]
    [InlineData("De nghi cac don vi gui bao cao truoc ngay 15/12/2026. Rieng Dang bo So Y te duoc mien nop.", "74 − 1 = 73 đơn vị", "(SYT)")]
    public async Task Named_units_exempted_after_a_due_date_are_taken_out_of_it(string body, string counted, string code)
    {
        foreach (var proposal in await ProposedEveryWayAsync(ToGrassroots + body))
        {
            Assert.Contains("Đơn vị: " + counted + " (chi, đảng bộ cơ sở, trừ ", proposal, StringComparison.Ordinal);
            Assert.Contains(code, proposal, StringComparison.Ordinal);
        }
    }
}
