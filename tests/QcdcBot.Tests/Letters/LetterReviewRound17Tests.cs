using Microsoft.Extensions.DependencyInjection;
using QcdcBot.Bot.Hosting;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>
/// The seventeenth round on /congvan (issue 13, clerk16): one unit's own date beside the group's, units the "Kính gửi"
/// leaves out, the office's and the Tỉnh ủy's own dates, late dates allowed and work dates beside the hand-in.
/// </summary>
public sealed class LetterReviewRound17Tests : ClerkRound
{
    private const string Top = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH YÊN BÁI\nSố 814-CV/ĐUK\nV/v báo cáo tổng kết năm 2026\nYên Bái, ngày 30 tháng 11 năm 2026\n";

    private static string[] Units(string item) => item.Split(" | ")[2].Replace("units:", string.Empty, StringComparison.Ordinal).Split(',');

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026; Đảng bộ Sở Y tế được lùi đến ngày 22/12/2026.", "2026-12-22", "SYT")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026. Đảng bộ Sở Y tế được gia hạn đến ngày 22/12/2026.", "2026-12-22", "SYT")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026. Đảng bộ Sở Y tế được kéo dài thời hạn đến ngày 22/12/2026.", "2026-12-22", "SYT")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026.\nĐối với Đảng bộ Sở Y tế: gửi trước ngày 22/12/2026.", "2026-12-22", "SYT")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026; đối với Đảng bộ Sở Y tế, thời hạn là ngày 22/12/2026.", "2026-12-22", "SYT")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026 (hạn cuối đối với Đảng bộ Sở Y tế là ngày 22/12/2026).", "2026-12-22", "SYT")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026; Đảng bộ Sở Y tế gửi trước ngày 22/12/2026.", "2026-12-22", "SYT")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026. Riêng Đảng bộ Sở Y tế gửi trước ngày 22/12/2026.", "2026-12-22", "SYT")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026, trong đó Đảng bộ Sở Y tế và Chi bộ Báo Yên Bái gửi sớm trước ngày 10/12/2026.", "2026-12-10", "SYT,BAOYB")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026. Đảng bộ Sở Y tế và Chi bộ Báo Yên Bái gửi chậm nhất ngày 22/12/2026.", "2026-12-22", "SYT,BAOYB")]
    public async Task A_unit_given_its_own_date_beside_the_group_is_taken_out_of_the_group_item(string body, string ownDue, string codes)
    {
        var items = await ItemsOfAsync(Top + "Kính gửi: Các chi, đảng bộ cơ sở.\n" + body);

        Assert.Equal(2, items.Count);
        var apart = codes.Split(',');
        Assert.StartsWith("Báo cáo tổng kết | 2026-12-15 | units:", items[0], StringComparison.Ordinal);
        Assert.Equal(74 - apart.Length, Units(items[0]).Length);
        Assert.Empty(Units(items[0]).Intersect(apart));
        Assert.StartsWith($"Báo cáo tổng kết | {ownDue} | units:{codes} |", items[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_unit_with_a_later_date_in_the_next_clause_keeps_the_paper_of_the_clause_before()
    {
        var items = await ItemsOfAsync(Top + "Kính gửi: - Đảng bộ Sở Y tế;\n- Đảng bộ Sở Tư pháp;\n- Chi bộ Báo Yên Bái.\nĐảng bộ Sở Y tế, Đảng bộ Sở Tư pháp gửi báo cáo chuyên đề trước ngày 15/12/2026; Chi bộ Báo Yên Bái gửi trước ngày 16/12/2026.");

        Assert.Equal(2, items.Count);
        Assert.StartsWith("Báo cáo chuyên đề | 2026-12-15 | units:SYT,STP |", items[0], StringComparison.Ordinal);
        Assert.StartsWith("Báo cáo chuyên đề | 2026-12-16 | units:BAOYB |", items[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kính gửi: Các chi, đảng bộ cơ sở (trừ Chi bộ Báo Yên Bái).", 73, "BAOYB", "")]
    [InlineData("Kính gửi: Các chi, đảng bộ cơ sở, trừ Chi bộ Báo Yên Bái và Đảng bộ Sở Y tế.", 72, "BAOYB,SYT", "")]
    [InlineData("Kính gửi: Các đoàn thể khối, trừ Hội Cựu chiến binh Khối.", 2, "CCB", "DTN,CDVC")]
    [InlineData("Kính gửi: Các chi, đảng bộ cơ sở; các đoàn thể khối (trừ Hội Cựu chiến binh Khối).", 76, "CCB", "DTN,CDVC")]
    [InlineData("Kính gửi: Các chi, đảng bộ cơ sở; Đoàn Thanh niên Khối; các đoàn thể khối (trừ Hội Cựu chiến binh Khối).", 76, "CCB", "DTN,CDVC")]
    [InlineData("Kính gửi:\n- Các chi, đảng bộ cơ sở (trừ Chi bộ Báo Yên Bái);\n- Các đoàn thể khối (trừ Công đoàn viên chức tỉnh).", 75, "BAOYB,CDVC", "DTN,CCB")]
    public async Task Units_the_addressees_leave_out_are_not_given_the_deadline_and_the_group_stays(string addressees, int count, string leftOut, string kept)
    {
        var item = Assert.Single(await ItemsOfAsync(Top + addressees + "\nĐề nghị các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026."));

        Assert.Equal(count, Units(item).Length);
        Assert.Empty(Units(item).Intersect(leftOut.Split(',')));
        Assert.All(kept.Split(',', StringSplitOptions.RemoveEmptyEntries), k => Assert.Contains(k, Units(item)));
    }

    [Theory]
    [InlineData("Thực hiện Công văn số 123-CV/TU ngày 20/11/2026 của Tỉnh ủy yêu cầu Đảng ủy Khối báo cáo trước ngày 31/12/2026, Ban Thường vụ Đảng ủy Khối đề nghị các đơn vị gửi báo cáo trước ngày 18/12/2026.", "\"trước ngày 31/12/2026\": việc của Đảng ủy Khối")]
    [InlineData("Ban Thường vụ Tỉnh ủy yêu cầu Đảng ủy Khối gửi báo cáo tổng kết trước ngày 31/12/2026. Vì vậy, đề nghị các đơn vị gửi báo cáo trước ngày 18/12/2026.", "\"trước ngày 31/12/2026\": việc của Đảng ủy Khối")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 18/12/2026. Trước ngày 05/01/2027, Ban Tuyên giáo hoàn thiện báo cáo tổng kết.", "\"Trước ngày 05/01/2027\": việc của Ban Tuyên giáo")]
    [InlineData("Văn phòng Đảng ủy tổng hợp kết quả trước ngày 20/12/2026. Các đơn vị gửi báo cáo tổng kết trước ngày 18/12/2026.", "\"trước ngày 20/12/2026\": việc của Văn phòng Đảng ủy")]
    public async Task A_date_for_the_office_or_a_body_above_it_is_left_out_with_why(string body, string why)
    {
        var reply = await ReplyToAsync(ToGrassroots + body);

        Assert.Contains("Tìm thấy 1 hạn nộp", reply, StringComparison.Ordinal);
        Assert.Contains("   Hạn: Thứ Sáu, 18/12/2026", reply, StringComparison.Ordinal);
        Assert.Contains(why + ", không phải hạn nộp của các đơn vị", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo về Ban Tuyên giáo trước ngày 15/12/2026. Ngày 15/12/2026 Ban Tuyên giáo tổng hợp; các đơn vị gửi muộn thì gửi trước ngày 18/12/2026.")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026. Trường hợp chưa kịp, các đơn vị gửi bổ sung trước ngày 18/12/2026.")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026; đơn vị nào chưa gửi kịp thì gửi chậm nhất ngày 18/12/2026.")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026. Ngoài thời hạn trên, đơn vị nào gửi muộn đề nghị gửi trước ngày 18/12/2026 và nêu rõ lý do.")]
    public async Task A_late_date_allowed_for_the_same_paper_is_a_note_on_its_item_not_a_second_item(string body)
    {
        var item = await OnlyItemOfAsync(body);

        Assert.Contains(" | 2026-12-15 | grassroots | ", item, StringComparison.Ordinal);
        Assert.Contains("văn bản cho gửi muộn", item, StringComparison.Ordinal);
        Assert.Contains("18/12/2026", item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Đề nghị các đơn vị hoàn thành việc tự kiểm tra trước 15/12/2026 và gửi báo cáo kết quả về Ban Tuyên giáo trước 18/12/2026.", "\"trước 15/12/2026\": hạn hoàn thành việc tự kiểm tra")]
    [InlineData("Đề nghị các đơn vị tổ chức tự kiểm tra, hoàn thành trước ngày 10/12/2026 và gửi báo cáo kết quả về Đảng ủy Khối trước ngày 18/12/2026.", "\"trước ngày 10/12/2026\": hạn tổ chức tự kiểm tra")]
    public async Task A_date_to_finish_the_work_before_the_hand_in_is_not_a_second_item(string body, string why)
    {
        var reply = await ReplyToAsync(ToGrassroots + body);

        Assert.Contains("Tìm thấy 1 hạn nộp", reply, StringComparison.Ordinal);
        Assert.Contains("   Hạn: Thứ Sáu, 18/12/2026", reply, StringComparison.Ordinal);
        Assert.Contains(why, reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo bổ sung chậm nhất trong ngày 18/12/2026.")]
    [InlineData("Báo cáo bổ sung gửi chậm nhất trong ngày 18-12-2026.")]
    [InlineData("Các đơn vị gửi báo cáo bổ sung chậm nhất là trong ngày 18/12/2026.")]
    public async Task Chậm_nhất_trong_ngày_is_a_due_date(string body) =>
        Assert.StartsWith("Báo cáo bổ sung | 2026-12-18 | grassroots", await OnlyItemOfAsync(body), StringComparison.Ordinal);

    [Fact]
    public async Task A_proposal_left_from_an_earlier_day_is_dropped_and_named_when_the_next_letter_comes()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + "Các đơn vị gửi báo cáo quý IV trước ngày 17/12/2026.");
        bot.SetLocalTime(2026, 12, 7, 9, 0);

        var next = await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots.Replace("280-CV", "281-CV", StringComparison.Ordinal) + "Các đơn vị gửi kế hoạch năm 2027 trước ngày 18/12/2026.");
        var created = await bot.SayAsync(BotHarness.Admin, "tạo 1");

        Assert.Contains("1. Kế hoạch năm 2027", next.Text(), StringComparison.Ordinal);
        Assert.Contains("Đã bỏ đề xuất chờ từ hôm trước, chưa tạo: Công văn số 280-CV/ĐUK (mục 1) đọc ngày 1/12/2026", next.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Vẫn chờ cùng lúc", next.Text(), StringComparison.Ordinal);
        Assert.Contains("281-CV/ĐUK", created.Text(), StringComparison.Ordinal);
        Assert.Equal("Kế hoạch năm 2027", Assert.Single(await bot.Get<DeadlineStore>().ListAsync(true)).Title);
    }

    [Fact]
    public async Task The_letters_date_written_after_its_number_on_one_pasted_line_is_read()
    {
        var reply = await ReplyToAsync("Số 651-CV/ĐUK ngày 30/11/2026. Kính gửi: Các chi, đảng bộ cơ sở. Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026.");

        Assert.Contains("Công văn số 651-CV/ĐUK, ngày 30/11/2026", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_line_says_which_items_it_created_on_a_day_off()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var file = Path.Combine(bot.Folder, "cv.txt");
        await File.WriteAllTextAsync(file, ToGrassroots + "Các đơn vị gửi báo cáo tổng kết trước ngày 20/12/2026.");
        var output = new StringWriter();

        var code = await CommandLineTools.RunAsync(["congvan", file, "--create", "--Storage:Path", bot.DatabasePath], output, b => b.Services.AddSingleton<TimeProvider>(bot.Time));

        Assert.Equal(0, code);
        Assert.Contains("Lưu ý: đã tạo với hạn vào ngày nghỉ: mục 1 (20/12/2026, ngày làm việc liền trước 18/12/2026)", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kính gửi: Các đồng chí Bí thư chi bộ, đảng bộ cơ sở.")]
    [InlineData("Kính gửi: Đồng chí Bí thư các chi, đảng bộ cơ sở trực thuộc.")]
    [InlineData("Kính gửi: Ban Thường vụ các chi, đảng bộ cơ sở trực thuộc.")]
    [InlineData("Kính gửi: Cấp ủy các chi, đảng bộ cơ sở.")]
    public async Task A_letter_to_the_secretaries_or_committees_of_a_group_is_for_the_group(string addressees)
    {
        var item = Assert.Single(await ItemsOfAsync(Top + addressees + "\nĐề nghị các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026."));

        Assert.StartsWith("Báo cáo tổng kết | 2026-12-15 | grassroots | ", item, StringComparison.Ordinal);
        Assert.DoesNotContain("unmatched", item, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_group_with_its_own_date_after_a_comma_keeps_the_paper_of_the_first()
    {
        var items = await ItemsOfAsync(Top + "Kính gửi: Các chi, đảng bộ cơ sở; các đoàn thể khối.\nCác chi, đảng bộ cơ sở gửi báo cáo sơ kết trước 10/12/2026, các đoàn thể khối gửi trước 15/12/2026.");

        Assert.Equal(2, items.Count);
        Assert.StartsWith("Báo cáo sơ kết | 2026-12-10 | ", items[0], StringComparison.Ordinal);
        Assert.StartsWith("Báo cáo sơ kết | 2026-12-15 | ", items[1], StringComparison.Ordinal);
        Assert.DoesNotContain("DTN", items[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meeting_moved_to_a_later_day_is_not_a_deadline() =>
        Assert.StartsWith("Báo cáo tổng kết | 2026-12-15 | grassroots", await OnlyItemOfAsync("Chậm nhất ngày 15/12/2026, các đơn vị gửi báo cáo tổng kết về Ban Tuyên giáo. Hội nghị tổng kết được lùi đến ngày 20/12/2026."), StringComparison.Ordinal);
}
