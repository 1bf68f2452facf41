namespace QcdcBot.Tests.Letters;

/// <summary>
/// Due phrases final13 found unread: "chậm nhất là hết ngày …" and standing rules ("trước ngày 20 hằng tháng", "trước
/// ngày 15 của tháng cuối quý"), each proposed rather than dropped. A letter of 30/11/2026 read on Tuesday 1/12/2026.
/// </summary>
public sealed class LetterDueReadingRound29Tests : ClerkRound
{
    [Theory]
    [InlineData("Các đơn vị gửi báo cáo chuyên đề chậm nhất là hết ngày 18/12/2026.", "Báo cáo chuyên đề | 2026-12-18 | grassroots | ")]
    [InlineData("Cac don vi gui bao cao chuyen de cham nhat la het ngay 18/12/2026.", "Bao cao chuyen de | 2026-12-18 | grassroots | ")]
    [InlineData("Các đơn vị gửi báo cáo chuyên đề chậm nhất hết ngày 18/12.", "Báo cáo chuyên đề | 2026-12-18 | grassroots | ")]
    [InlineData("Các đơn vị gửi báo cáo chuyên đề, hạn là hết ngày 18/12/2026.", "Báo cáo chuyên đề | 2026-12-18 | grassroots | ")]
    [InlineData("Hạn cuối nộp báo cáo chuyên đề là hết ngày 18/12/2026.", "Báo cáo chuyên đề | 2026-12-18 | grassroots | ")]
    [InlineData("Han cuoi nop bao cao chuyen de la het ngay 18/12/2026.", "Bao cao chuyen de | 2026-12-18 | grassroots | ")]
    [InlineData("Các đơn vị gửi báo cáo chuyên đề, hạn là trong ngày 18/12/2026.", "Báo cáo chuyên đề | 2026-12-18 | grassroots | ")]
    public async Task By_the_end_of_a_day_is_read_as_that_day(string body, string expected) =>
        Assert.Equal(expected, await OnlyItemOfAsync(body));

    [Fact]
    public async Task By_the_end_of_a_day_for_named_units_is_read_for_them()
    {
        var reply = await ReplyToAsync(ToGrassroots + "Đề nghị Đảng bộ Sở Y tế, Sở Tư pháp và Báo Yên Bái gửi báo cáo chuyên đề chậm nhất là hết ngày 18/12.");

        Assert.Contains("1. Báo cáo chuyên đề\n   Hạn: Thứ Sáu, 18/12/2026\n   Đơn vị: ", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Bỏ qua", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task First_of_all_is_no_deadline_word() =>
        Assert.Equal("Báo cáo chuyên đề | 2026-12-18 | grassroots | ", await OnlyItemOfAsync(
            "Trước hết ngày 10/12/2026 Ban Tuyên giáo tổ chức hội nghị giao ban. Các đơn vị gửi báo cáo chuyên đề trước ngày 18/12/2026."));

    [Theory]
    [InlineData("Định kỳ, các đơn vị gửi báo cáo tháng về Ban Tuyên giáo trước ngày 20 hằng tháng.", "Báo cáo tháng | 2026-12-20 | grassroots | ", "hằng tháng", "(20/12/2026), các tháng sau")]
    [InlineData("Dinh ky, cac don vi gui bao cao thang truoc ngay 20 hang thang.", "Bao cao thang | 2026-12-20 | grassroots | ", "hằng tháng", "(20/12/2026), các tháng sau")]
    [InlineData("Các đơn vị gửi báo cáo tháng chậm nhất ngày 07 hàng tháng.", "Báo cáo tháng | 2026-12-07 | grassroots | ", "hằng tháng", "(7/12/2026), các tháng sau")]
    [InlineData("Các đơn vị gửi báo cáo quý trước ngày 15 của tháng cuối quý.", "Báo cáo quý | 2026-12-15 | grassroots | ", "hằng quý", "(15/12/2026), các quý sau")]
    [InlineData("Cac don vi gui bao cao quy truoc ngay 15 cua thang cuoi quy.", "Bao cao quy | 2026-12-15 | grassroots | ", "hằng quý", "(15/12/2026), các quý sau")]
    public async Task A_monthly_or_quarterly_deadline_is_proposed_once_with_a_note(string body, string expected, string every, string next)
    {
        var item = await OnlyItemOfAsync(body);

        Assert.StartsWith(expected, item, StringComparison.Ordinal);
        Assert.Contains($"văn bản ghi \"{every}\": chỉ đề xuất lần gần nhất {next}", item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hạn chót: 22/12/2026 (gửi bản đăng ký mô hình năm 2027).", "Đăng ký mô hình năm 2027 | 2026-12-22 | grassroots | ")]
    [InlineData("Han chot: 22/12/2026 (gui ban dang ky mo hinh nam 2027).", "Dang ky mo hinh nam 2027 | 2026-12-22 | grassroots | ")]
    public async Task A_title_read_from_a_bracket_after_the_date_has_no_stray_bracket(string body, string expected) =>
        Assert.Equal(expected, await OnlyItemOfAsync(body));

    [Theory]
    [InlineData("Các đơn vị xây dựng báo cáo kết quả tự kiểm tra QCDC năm 2026. Hạn chót nộp báo cáo: 18/12/2026.", "Báo cáo kết quả tự kiểm tra QCDC năm 2026 | 2026-12-18 | grassroots | ")]
    [InlineData("Cac don vi xay dung bao cao ket qua tu kiem tra QCDC nam 2026. Han chot nop bao cao: 18/12/2026.", "Bao cao ket qua tu kiem tra QCDC nam 2026 | 2026-12-18 | grassroots | ")]
    public async Task A_deadline_naming_only_the_kind_of_paper_takes_the_paper_of_the_sentence_before(string body, string expected) =>
        Assert.Equal(expected, await OnlyItemOfAsync(body));

    [Theory]
    [InlineData("Đề nghị các đơn vị gửi báo cáo chuyên đề trước ngày 15/12/2026. Trường hợp đơn vị không gửi đúng hạn, Ban Tuyên giáo sẽ báo cáo Thường trực Đảng ủy Khối trước ngày 18/12/2026.", "Ban Tuyên giáo", "Báo cáo chuyên đề")]
    [InlineData("De nghi cac don vi gui bao cao chuyen de truoc ngay 15/12/2026. Truong hop don vi khong gui dung han, Ban Tuyen giao se bao cao Thuong truc Dang uy Khoi truoc ngay 18/12/2026.", "Ban Tuyen giao", "Bao cao chuyen de")]
    [InlineData("Đề nghị các đơn vị gửi báo cáo chuyên đề trước ngày 15/12/2026. Nếu đơn vị nào chưa gửi, Đảng ủy Khối sẽ báo cáo Tỉnh ủy trước ngày 18/12/2026.", "Đảng ủy Khối", "Báo cáo chuyên đề")]
    public async Task The_offices_own_work_after_a_condition_is_left_out_with_why(string body, string office, string title)
    {
        var reply = await ReplyToAsync(ToGrassroots + body);

        Assert.Contains($"1. {title}\n   Hạn: Thứ Ba, 15/12/2026", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("\n2. ", reply, StringComparison.Ordinal);
        Assert.Contains($"18/12/2026\": việc của {office}, không phải hạn nộp của các đơn vị.", reply, StringComparison.Ordinal);
    }
}
