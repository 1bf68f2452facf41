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
        var reply = await ReplyToAsync(ToGrassroots.Replace("ngày 30 tháng 11 năm 2026", dateLine, StringComparison.Ordinal) + body);

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

    [Theory]
    [InlineData("Kính gửi: Các chi, đảng bộ cơ sở.\nCác đơn vị gửi báo cáo A trước ngày 15/12/2026.")]
    [InlineData("Các đơn vị gửi báo cáo C trước ngày 18/12/2026.\nCác chi bộ gửi kế hoạch D trước ngày 21/12/2026.")]
    [InlineData("Đề nghị các chi bộ nộp danh sách B chậm nhất ngày 16/12/2026.")]
    public async Task Deadlines_from_a_pasted_letter_without_number_or_date_name_the_day_it_was_pasted(string letter)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + letter);

        var created = (await bot.SayAsync(BotHarness.Admin, "tạo tất cả")).Text();

        Assert.Contains("theo văn bản dán ngày 1/12/2026", created, StringComparison.Ordinal);
        Assert.DoesNotContain("theo Văn bản", created, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các đơn vị gồm: Công ty Thủy điện Thác Bà, Sở Y tế gửi báo cáo an toàn lao động trước ngày 17/12/2026.", "\"Công ty Thủy điện Thác Bà\"")]
    [InlineData("Chi bộ Trường Mầm non Hoa Sen gửi báo cáo B trước ngày 17/12/2026.", "\"Chi bộ Trường Mầm non Hoa Sen\"")]
    public async Task The_command_line_says_how_to_fix_names_that_match_no_unit(string body, string name)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var file = Path.Combine(bot.Folder, "cv.txt");
        await File.WriteAllTextAsync(file, ToGrassroots + body);
        var output = new StringWriter();

        var code = await QcdcBot.Bot.Hosting.CommandLineTools.RunAsync(["congvan", file, "--create", "--Storage:Path", bot.DatabasePath], output,
            b => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<TimeProvider>(b.Services, bot.Time));

        Assert.Equal(1, code);
        Assert.Contains($"Tên chưa khớp đơn vị nào: {name}", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("dotnet run --project src/Bot -- units import <tệp.csv>", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("deadlines"));
    }

    [Theory]
    [InlineData("Các chi bộ, trừ các đoàn thể khối, gửi báo cáo A trước ngày 15/12/2026.", 28)]
    [InlineData("Các chi, đảng bộ cơ sở (trừ Công đoàn viên chức tỉnh) gửi báo cáo A trước ngày 15/12/2026.", 74)]
    public async Task Nothing_taken_out_of_a_scope_is_not_counted_as_a_subtraction(string body, int count)
    {
        var proposal = await ReplyToAsync(ToGrassroots + body);

        Assert.Contains($"Đơn vị: {count} đơn vị (", proposal, StringComparison.Ordinal);
        Assert.DoesNotContain("− 0 =", proposal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10/12/2026 (bản mềm)\v18/12/2026 (bản giấy)", "2026-12-10", "18/12/2026 (bản giấy)")]
    [InlineData("trước ngày 11/12/2026; 21/12/2026 (bản giấy)", "2026-12-11", "21/12/2026 (bản giấy)")]
    public async Task Two_dates_in_one_due_cell_take_the_first_and_name_the_second(string cell, string first, string second)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var docx = LetterFiles.Docx(ToGrassroots + "Đề nghị các đơn vị thực hiện các nội dung sau:\nĐề nghị thực hiện đúng thời hạn.",
            tableRowsAfterLine: ["STT\tNội dung\tĐơn vị thực hiện\tThời hạn", $"1\tBáo cáo sơ kết công tác dân vận\tCác đơn vị\t{cell}"], afterLine: 7);

        var item = Assert.Single(await ProposalHarness.DescribeAsync(bot, await ProposalHarness.ProposeAsync(bot, "cv.docx", docx)));

        Assert.StartsWith($"Báo cáo sơ kết công tác dân vận | {first} | ", item, StringComparison.Ordinal);
        Assert.Contains($"văn bản còn ghi ngày {second}, chưa dùng", item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sửa 2 tên Kế hoạch phòng chống dịch mùa đông", 2)]
    [InlineData("sửa 1 tên Tổng hợp ý kiến góp ý của đảng viên", 1)]
    public async Task A_renamed_item_of_a_letter_sent_again_is_matched_by_its_date_and_units(string rename, int renamed)
    {
        const string body = "Các đơn vị gửi báo cáo A trước ngày 15/12/2026. Sở Y tế gửi kế hoạch B trước ngày 16/12/2026.";
        await using var bot = await ProposingAsync(body);
        await bot.SayAsync(BotHarness.Admin, rename);
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");

        var again = (await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + body)).Text();
        var asked = (await bot.SayAsync(BotHarness.Admin, $"tạo {renamed}")).Text();

        Assert.Contains($"đã tạo thành việc #{renamed}", again, StringComparison.Ordinal);
        Assert.Contains($"(trùng việc #{renamed})", asked, StringComparison.Ordinal);
        Assert.Equal(2, await bot.CountAsync("deadlines"));
    }

    [Theory]
    [InlineData("1 Tham luận tại hội nghị tổng kết Sở Y tế, Sở Tư pháp 15/12/2026 2 Báo cáo kết quả đối thoại Đảng bộ Ngân hàng Nhà nước 18/12/2026.",
        "Tham luận tại hội nghị tổng kết | 2026-12-15 | units:SYT,STP | ", "Báo cáo kết quả đối thoại | 2026-12-18 | units:NHNN | ")]
    [InlineData("1 Danh sách đảng viên dự tập huấn Chi bộ Báo Yên Bái 16/12/2026 2 Kế hoạch tuyên truyền năm 2027 Các chi, đảng bộ cơ sở 21/12/2026.",
        "Danh sách đảng viên dự tập huấn | 2026-12-16 | units:BAOYB | ", "Kế hoạch tuyên truyền năm 2027 | 2026-12-21 | grassroots | ")]
    public async Task A_table_pasted_on_one_line_keeps_the_units_it_names_out_of_the_titles(string rows, string first, string second) =>
        Assert.Equal([first, second], await ItemsOfAsync("Số 281-CV/ĐUK Yên Bái, ngày 30 tháng 11 năm 2026 Kính gửi: Các chi, đảng bộ cơ sở. Đề nghị các đơn vị thực hiện: TT Nội dung Đơn vị thực hiện Thời hạn " + rows + " Đề nghị thực hiện đúng thời hạn."));
}
