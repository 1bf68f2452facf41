using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>The twelfth round on /congvan: the clerk round's leftovers (initials with "&amp;", a letter dated in the wrong year, generic titles).</summary>
public sealed class LetterReviewRound12Tests : ClerkRound
{
    [Theory]
    [InlineData("Đảng bộ Sở VH, TT&DL gửi báo cáo A trước ngày 15/12/2026.", "units:SVHTTDL")]
    [InlineData("Ngân hàng NN&PTNT chi nhánh Yên Bái gửi báo cáo A trước ngày 15/12/2026.", "units:AGRI")]
    [InlineData("Các đơn vị gồm: Sở VH, TT&DL; Ngân hàng NN&PTNT; Sở TT&TT gửi báo cáo A trước ngày 15/12/2026.", "units:SVHTTDL,AGRI,STTTT")]
    [InlineData("Trung tâm XTĐT, TM&DL tỉnh và Sở Y tế gửi báo cáo A trước ngày 15/12/2026.", "units:TTXTDT,SYT")]
    public async Task Names_written_with_initials_commas_and_ampersands_match_the_stores_units(string body, string units) =>
        Assert.Equal($"Báo cáo A | 2026-12-15 | {units} | ", await OnlyItemOfAsync(body));

    [Theory]
    [InlineData("ngày 25 tháng 11 năm 2025", "Các đơn vị gửi báo cáo A trước ngày 12/1.", "25/11/2025", "25/11/2026", "2027-01-12")]
    [InlineData("ngày 20/11/2025", "Các đơn vị gửi báo cáo A trước ngày 15/12/2026. Các đơn vị gửi kế hoạch B chậm nhất ngày 20 tháng 1.", "20/11/2025", "20/11/2026", "2027-01-20")]
    [InlineData("ngày 27 tháng 11 năm 2027", "Các đơn vị gửi báo cáo A hạn chót ngày 15/12.", "27/11/2027", "27/11/2026", "2026-12-15")]
    public async Task A_letter_dated_in_the_wrong_year_is_warned_and_its_dates_are_judged_against_its_likely_date(string dateLine, string body, string written, string judged, string lastDue)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var letter = ToGrassroots.Replace("ngày 30 tháng 11 năm 2026", dateLine, StringComparison.Ordinal) + body;

        var reply = (await bot.SayAsync(BotHarness.Admin, "/congvan " + letter)).Text();
        var items = await ItemsOfAsync(letter);

        Assert.Contains($"Ngày văn bản {written} có vẻ ghi nhầm năm", reply, StringComparison.Ordinal);
        Assert.Contains($"Các hạn được xét theo ngày {judged}", reply, StringComparison.Ordinal);
        Assert.Contains($" | {lastDue} | ", items[^1], StringComparison.Ordinal);
        Assert.All(items, i => Assert.EndsWith(" | ", i, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ngày 20 tháng 12 năm 2026", "Các đơn vị gửi báo cáo A trước ngày 28/12/2026.")]
    [InlineData("ngày 15 tháng 11 năm 2025", "Các đơn vị gửi báo cáo A trước ngày 10/12/2025.")]
    public async Task A_letter_whose_written_dates_back_its_year_is_not_moved(string dateLine, string body)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var reply = (await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots.Replace("ngày 30 tháng 11 năm 2026", dateLine, StringComparison.Ordinal) + body)).Text();

        Assert.DoesNotContain("ghi nhầm năm", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Số 280-CV/ĐUK\nV/v báo cáo kết quả thực hiện QCDC năm 2026\n", "Các đơn vị gửi báo cáo trước ngày 15/12/2026.", "Báo cáo kết quả thực hiện QCDC năm 2026")]
    [InlineData("Số 280-CV/ĐUK V/v tổng kết công tác kiểm tra đảng viên\n", "Các chi bộ nộp hồ sơ chậm nhất ngày 15/12/2026.", "Hồ sơ tổng kết công tác kiểm tra đảng viên")]
    [InlineData("Số 280-CV/ĐUK\n", "1. Về việc sơ kết 3 năm thực hiện Nghị quyết số 05-NQ/ĐUK\nCác đơn vị gửi báo cáo trước ngày 15/12/2026.", "Báo cáo sơ kết 3 năm thực hiện Nghị quyết số 05-NQ/ĐUK")]
    [InlineData("Số 280-CV/ĐUK\n", "2. Về việc đề nghị khen thưởng tổ chức đảng\nCác đơn vị hoàn thiện hồ sơ, gửi về Ban Tổ chức trước ngày 18/12/2026.", "Hồ sơ đề nghị khen thưởng tổ chức đảng")]
    public async Task A_paper_named_only_by_its_kind_takes_what_it_is_about_from_the_heading_or_the_subject(string numberLines, string body, string title) =>
        Assert.StartsWith($"{title} | ", Assert.Single(await ItemsOfAsync(ToGrassroots.Replace("Số 280-CV/ĐUK\n", numberLines, StringComparison.Ordinal) + body)), StringComparison.Ordinal);

    [Theory]
    [InlineData("Đoàn Thanh niên Khối gửi báo cáo tổng kết công tác của các đoàn thể khối năm 2026 trước ngày 10/12/2026.", "Báo cáo tổng kết công tác năm 2026")]
    [InlineData("Các chi bộ gửi báo cáo sơ kết tại các đơn vị trong năm 2027 trước ngày 10/12/2026.", "Báo cáo sơ kết năm 2027")]
    public async Task A_title_keeps_its_year_when_the_units_are_cut_from_it(string body, string title) =>
        Assert.StartsWith($"{title} | ", await OnlyItemOfAsync(body), StringComparison.Ordinal);
}
