namespace QcdcBot.Tests.Letters;

/// <summary>
/// The sixteenth round on /congvan, each letter checked pasted, as a .docx and on the command line: groups beside units
/// in "Kính gửi", a label's date, a pasted header, "gửi báo cáo" subjects, months, "các đơn vị còn lại", ", gồm:" lists.
/// </summary>
public sealed class LetterReviewRound16Tests : ClerkRound
{
    private const string Top = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH YÊN BÁI\nSố 280-CV/ĐUK\nYên Bái, ngày 30 tháng 11 năm 2026\n\n";

    private const string Body = "\n\nĐề nghị các đơn vị gửi báo cáo tổng kết công tác dân vận năm 2026 trước ngày 15/12/2026.";

    private static async Task AssertEveryWayAsync(string letter, params string[] expected)
    {
        foreach (var proposal in await ProposedEveryWayAsync(letter))
        {
            Assert.All(expected, e => Assert.Contains(e, proposal, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("Kính gửi: Đảng bộ Ngân hàng Nhà nước, Chi bộ Báo Yên Bái, Đảng bộ Sở Y tế và các đoàn thể khối.",
        "Đảng bộ Ngân hàng Nhà nước (NHNN), Chi bộ Báo Yên Bái (BAOYB), Đảng bộ Sở Y tế (SYT), Đoàn Thanh niên Khối (DTN), Hội Cựu chiến binh Khối (CCB), Công đoàn viên chức tỉnh (CDVC)")]
    [InlineData("Kính gửi:\n- Các đoàn thể khối và Đảng bộ Sở Y tế;\n- Chi bộ Báo Yên Bái.",
        "Đảng bộ Sở Y tế (SYT), Chi bộ Báo Yên Bái (BAOYB), Đoàn Thanh niên Khối (DTN), Hội Cựu chiến binh Khối (CCB), Công đoàn viên chức tỉnh (CDVC)")]
    public async Task A_group_addressed_beside_named_units_adds_its_units_and_drops_none(string addressees, string units) =>
        await AssertEveryWayAsync(Top + addressees + Body, "   Đơn vị: " + units + "\n");

    [Theory]
    [InlineData("Kính gửi: Đảng bộ Ngân hàng Nhà nước; Đảng bộ Sở Y tế và các đảng bộ doanh nghiệp.", "units:NHNN,SYT,SUHLS,")]
    [InlineData("Kính gửi: Các chi bộ trực thuộc, Đảng bộ Sở Y tế.", "units:SYT,")]
    public async Task A_tagged_or_one_kind_group_beside_a_unit_is_read_whole(string addressees, string start)
    {
        var item = Assert.Single(await ItemsOfAsync(Top + addressees + Body)).Split(" | ")[2];

        Assert.StartsWith(start, item, StringComparison.Ordinal);
        Assert.DoesNotContain("unmatched", item, StringComparison.Ordinal);
        Assert.DoesNotContain(",DTN", item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Đề nghị các đơn vị gửi báo cáo tổng kết công tác dân vận năm 2026.\nHạn chót nộp báo cáo: 19/12/2026", "   Hạn: Thứ Bảy, 19/12/2026")]
    [InlineData("Hạn chót gửi danh sách đảng viên: ngày 18 tháng 12 năm 2026.", "1. Danh sách đảng viên\n   Hạn: Thứ Sáu, 18/12/2026")]
    public async Task A_deadline_label_a_colon_and_a_date_is_a_deadline(string body, string item) =>
        await AssertEveryWayAsync(ToGrassroots + body, item);

    [Theory]
    [InlineData("V/v báo cáo tổng kết công tác dân vận năm 2026 ĐẢNG CỘNG SẢN VIỆT NAM", "Đề nghị các đơn vị gửi báo cáo trước ngày 15/12/2026.", "1. Báo cáo tổng kết công tác dân vận năm 2026\n")]
    [InlineData("V/v hồ sơ thi đua năm 2026 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc", "Các đơn vị nộp hồ sơ chậm nhất ngày 18/12/2026.", "1. Hồ sơ thi đua năm 2026\n")]
    public async Task A_header_flattened_by_pasting_stays_out_of_the_title(string subject, string body, string title) =>
        await AssertEveryWayAsync($"ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH YÊN BÁI Số 280-CV/ĐUK {subject} Yên Bái, ngày 30 tháng 11 năm 2026 Kính gửi: Các chi, đảng bộ cơ sở. {body}", title);

    [Theory]
    [InlineData("V/v gửi báo cáo tổng kết công tác dân vận năm 2026\n", "Đề nghị các đơn vị gửi báo cáo trước ngày 15/12/2026.", "1. Báo cáo tổng kết công tác dân vận năm 2026\n")]
    [InlineData("", "1. Về việc nộp hồ sơ khen thưởng năm 2026\nCác đơn vị hoàn thiện hồ sơ, nộp chậm nhất ngày 18/12/2026.", "1. Hồ sơ khen thưởng năm 2026\n")]
    [InlineData("", "2. Chuẩn bị báo cáo sơ kết công tác kiểm tra năm 2026\nCác chi bộ gửi báo cáo trước ngày 15/12/2026.", "1. Báo cáo sơ kết công tác kiểm tra năm 2026\n")]
    public async Task A_subject_or_heading_that_sends_a_paper_does_not_repeat_its_kind(string subject, string body, string title) =>
        await AssertEveryWayAsync(Top.Replace("Yên Bái, ngày", subject + "Yên Bái, ngày", StringComparison.Ordinal) + "Kính gửi: Các chi, đảng bộ cơ sở.\n" + body, title);

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo tổng kết năm 2026 trước tháng 1/2027.", "Thứ Năm, 31/12/2026", "văn bản chỉ ghi \"trước tháng 1/2027\"")]
    [InlineData("Các chi bộ nộp danh sách đảng viên trước tháng 3.", "Thứ Sáu, 26/2/2027", "văn bản chỉ ghi \"trước tháng 3\"")]
    [InlineData("Các đơn vị gửi kế hoạch A trước cuối tháng 12/2026.", "Thứ Năm, 31/12/2026", "văn bản chỉ ghi \"trước cuối tháng 12/2026\"")]
    [InlineData("Các đơn vị gửi kế hoạch A chậm nhất là cuối tháng 1 năm 2027.", "Thứ Sáu, 29/1/2027", "văn bản chỉ ghi \"chậm nhất là cuối tháng 1 năm 2027\"")]
    [InlineData("Các đơn vị gửi danh sách B trong tháng 12/2026.", "Thứ Năm, 31/12/2026", "văn bản chỉ ghi \"trong tháng 12/2026\"")]
    [InlineData("Các đơn vị gửi tham luận C trước ngày 30 tháng 12.", "Thứ Tư, 30/12/2026", "Câu gốc: \"Các đơn vị gửi tham luận C trước ngày 30 tháng 12.\"")]
    public async Task A_due_month_is_proposed_with_the_date_it_reads_as_and_the_words_read(string body, string due, string shown)
    {
        foreach (var proposal in await ProposedEveryWayAsync(ToGrassroots + body))
        {
            Assert.Contains("   Hạn: " + due + "\n", proposal, StringComparison.Ordinal);
            Assert.Contains(shown, proposal, StringComparison.Ordinal);
            Assert.DoesNotContain("Bỏ qua", proposal, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Đảng bộ Sở Y tế, Chi bộ Báo Yên Bái gửi báo cáo A trước ngày 10/12/2026. Các đơn vị còn lại gửi báo cáo A trước ngày 18/12/2026.",
        "2. Báo cáo A\n", "74 − 2 = 72 đơn vị (chi, đảng bộ cơ sở, trừ Đảng bộ Sở Y tế (SYT), Chi bộ Báo Yên Bái (BAOYB))")]
    [InlineData("1. Đảng bộ Ngân hàng Nhà nước nộp kế hoạch B chậm nhất ngày 11/12/2026.\n2. Những đơn vị còn lại nộp kế hoạch B chậm nhất ngày 21/12/2026.",
        "2. Kế hoạch B\n", "74 − 1 = 73 đơn vị (chi, đảng bộ cơ sở, trừ Đảng bộ Ngân hàng Nhà nước (NHNN))")]
    [InlineData("Đảng bộ Sở Y tế gửi báo cáo chuyên đề trước ngày 15/12/2026, các đơn vị còn lại gửi trước ngày 22/12/2026.",
        "2. Báo cáo chuyên đề\n", "74 − 1 = 73 đơn vị (chi, đảng bộ cơ sở, trừ Đảng bộ Sở Y tế (SYT))")]
    public async Task The_remaining_units_are_every_unit_less_those_the_letter_names_elsewhere(string body, string title, string rest) =>
        await AssertEveryWayAsync(ToGrassroots + body, title, "   Đơn vị: " + rest + "\n");

    [Theory]
    [InlineData("Kính gửi:\n- Các chi, đảng bộ cơ sở;\n- Ban Thường vụ Đoàn Thanh niên Khối;\n- Công đoàn viên chức tỉnh.", 76)]
    [InlineData("Kính gửi: Các chi, đảng bộ cơ sở và Đoàn Thanh niên Khối.", 75)]
    public async Task The_grassroots_addressed_beside_named_mass_organisations_keep_every_sentence(string addressees, int count)
    {
        var units = Assert.Single(await ItemsOfAsync(Top + addressees + Body)).Split(" | ")[2];

        Assert.StartsWith("units:", units, StringComparison.Ordinal);
        Assert.Equal(count, units["units:".Length..].Split(',').Length);
    }

    [Theory]
    [InlineData("Đề nghị gửi báo cáo kết quả kiểm tra năm 2026 của các đơn vị được kiểm tra, gồm: Ban Quản lý các khu công nghiệp tỉnh Yên Bái; Cục Thống kê tỉnh Yên Bái, trước ngày 15/12/2026.",
        "1. Báo cáo kết quả kiểm tra năm 2026\n", "Đảng bộ Ban Quản lý các khu công nghiệp tỉnh Yên Bái (BQLKCN), Chi bộ Cục Thống kê tỉnh Yên Bái (CTK)")]
    [InlineData("Báo cáo tự kiểm tra năm 2026, gồm: Ban Quản lý các khu công nghiệp tỉnh Yên Bái, Trường Cao đẳng Yên Bái gửi trước ngày 15/12/2026.",
        "1. Báo cáo tự kiểm tra năm 2026\n", "Đảng bộ Ban Quản lý các khu công nghiệp tỉnh Yên Bái (BQLKCN), Đảng bộ Trường Cao đẳng Yên Bái (CDYB)")]
    public async Task A_title_stops_before_the_units_it_lists_and_they_go_to_the_scope(string body, string title, string units) =>
        await AssertEveryWayAsync(ToGrassroots + body, title, "   Đơn vị: " + units + "\n");
}
