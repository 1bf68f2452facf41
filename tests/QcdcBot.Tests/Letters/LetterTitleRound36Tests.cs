using System.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>
/// Issue 13 (clerk13b N9, #16b, #27a, #22, finding 16): what an item is titled and dated. A reminder to the units not
/// yet sent is about the paper asked before and the open deadline of it ("gắn N"), never a new item "Khẩn trương"; two
/// papers and two dates in one sentence are two items; a "V/v" set on two lines is read whole; "kết quả gửi …" is the
/// result of the work said before it; "Báo cáo của Hội" in a table row keeps its words; a quarter's paper is named once.
/// </summary>
public sealed class LetterTitleRound36Tests : ClerkRound
{
    private const string Plan = "Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026";

    private static string Letter(string number, string body) => ToGrassroots.Replace("280-CV", number, StringComparison.Ordinal) + body;

    [Theory]
    [InlineData("Tính đến ngày 30/11/2026, còn 12 đơn vị chưa gửi kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026 (có danh sách kèm theo). Đề nghị các đơn vị chưa gửi khẩn trương gửi về Ban Tuyên giáo trước ngày 04/12/2026.", Plan)]
    [InlineData("Tinh den ngay 30/11/2026, con 12 don vi chua gui ke hoach thuc hien Quy che dan chu o co so nam 2026. De nghi cac don vi chua gui khan truong gui ve Ban Tuyen giao truoc ngay 04/12/2026.", "Ke hoach thuc hien Quy che dan chu o co so nam 2026")]
    [InlineData("Đề nghị các đơn vị chưa gửi kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026 khẩn trương gửi về Ban Tuyên giáo trước ngày 04/12/2026.", Plan)]
    public async Task A_reminder_to_the_units_not_yet_sent_is_the_paper_asked_before_and_gắn_moves_its_open_deadline(string sentence, string title)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("2300-CV", $"Các đơn vị gửi {Plan[0..1].ToLowerInvariant()}{Plan[1..]} trước ngày 03/12/2026."));
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");
        var plan = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(false));

        var proposed = (await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("2401-CV", sentence))).Text();
        var attached = (await bot.SayAsync(BotHarness.Admin, "gắn 1")).Text();

        Assert.Contains($"1. {title}\n", proposed, StringComparison.Ordinal);
        Assert.DoesNotContain("1. Khẩn trương", proposed, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa gửi khẩn trương\"", proposed, StringComparison.Ordinal);
        Assert.Contains($"văn bản đôn đốc các đơn vị chưa gửi \"{Plan}\", hạn mới 4/12/2026: việc #{plan.Id} đang có hạn 3/12/2026; muốn dời theo văn bản, gõ \"gắn 1\"", proposed, StringComparison.Ordinal);
        Assert.Contains($"/suahan #{plan.Id} trước 4/12/2026", proposed, StringComparison.Ordinal);
        Assert.Contains($"Đã dời hạn việc #{plan.Id}: 3/12/2026 → Thứ Sáu, 4/12/2026.", attached, StringComparison.Ordinal);
        var open = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(false));
        Assert.Equal((plan.Id, new DateOnly(2026, 12, 4)), (open.Id, open.DueDate));
    }

    [Fact]
    public async Task A_reminder_with_no_open_deadline_of_its_paper_asks_for_the_units_not_yet_sent()
    {
        var items = await ItemsOfAsync(Letter("2401-CV", "Tính đến ngày 30/11/2026, còn 12 đơn vị chưa gửi kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026 (có danh sách kèm theo). Đề nghị các đơn vị chưa gửi khẩn trương gửi về Ban Tuyên giáo trước ngày 04/12/2026."));

        var item = Assert.Single(items);
        Assert.StartsWith($"{Plan} | 2026-12-04 | units: unmatched:các đơn vị chưa gửi | ", item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo sơ kết và báo cáo tổng kết trước ngày 15/12/2026 và 18/12/2026.", "Báo cáo sơ kết", "Báo cáo tổng kết")]
    [InlineData("Đề nghị các đơn vị nộp kế hoạch năm 2027 và báo cáo tổng kết năm 2026 lần lượt trước ngày 15/12/2026 và ngày 18/12/2026.", "Kế hoạch năm 2027", "Báo cáo tổng kết năm 2026")]
    [InlineData("Cac don vi gui bao cao so ket, danh sach khen thuong truoc ngay 15/12/2026, 18/12/2026.", "Bao cao so ket", "Danh sach khen thuong")]
    public async Task Two_papers_and_two_dates_in_one_sentence_are_two_items_in_the_order_written(string sentence, string first, string second)
    {
        var items = await ItemsOfAsync(ToGrassroots + sentence);

        Assert.Equal(2, items.Count);
        Assert.StartsWith($"{first} | 2026-12-15 | grassroots", items[0], StringComparison.Ordinal);
        Assert.StartsWith($"{second} | 2026-12-18 | grassroots", items[1], StringComparison.Ordinal);
        Assert.DoesNotContain(items, i => i.Contains("chưa dùng", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("V/v báo cáo kết quả thực hiện\nQuy chế dân chủ ở cơ sở năm 2026\nĐẢNG CỘNG SẢN VIỆT NAM\nYên Bái, ngày 30 tháng 11 năm 2026", "Báo cáo kết quả thực hiện Quy chế dân chủ ở cơ sở năm 2026")]
    [InlineData("V/v báo cáo kết quả thực hiện\nQuy chế dân chủ ở cơ sở\nnăm 2026\nYên Bái, ngày 30 tháng 11 năm 2026", "Báo cáo kết quả thực hiện Quy chế dân chủ ở cơ sở năm 2026")]
    [InlineData("V/v bao cao ket qua thuc hien\nQuy che dan chu o co so nam 2026\nYen Bai, ngay 30 thang 11 nam 2026", "Báo cáo ket qua thuc hien Quy che dan chu o co so nam 2026")]
    [InlineData("V/v báo cáo tổng kết năm 2026\nĐẢNG CỘNG SẢN VIỆT NAM\nYên Bái, ngày 30 tháng 11 năm 2026", "Báo cáo tổng kết năm 2026")]
    public async Task A_subject_set_on_two_or_three_lines_titles_the_paper_whole(string head, string title)
    {
        var letter = $"ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH\nSố 961-CV/ĐUK\n{head}\nKính gửi: Các chi, đảng bộ cơ sở.\nĐề nghị các đơn vị gửi báo cáo về Ban Tuyên giáo trước ngày 18/12/2026.\nNơi nhận:\n- Như trên,\n- Lưu VP, BTG.";

        var pasted = await ItemsOfAsync(letter);
        var docx = await ItemsOfFileAsync("cv.docx", LetterFiles.Docx(letter));

        Assert.StartsWith($"{title} | 2026-12-18 | grassroots", Assert.Single(pasted), StringComparison.Ordinal);
        Assert.Equal(pasted, docx);
    }

    [Theory]
    [InlineData("1. Về thực hiện Quy chế dân chủ\n- Rà soát quy chế dân chủ tại cơ quan, đơn vị; kết quả gửi trước ngày 16/12/2026.", "Kết quả rà soát quy chế dân chủ tại cơ quan, đơn vị")]
    [InlineData("Đề nghị các đơn vị tự kiểm tra việc thực hiện quy chế dân chủ, kết quả gửi về Ban Tuyên giáo trước ngày 16/12/2026.", "Kết quả tự kiểm tra việc thực hiện quy chế dân chủ")]
    [InlineData("Cac don vi ra soat dang vien; ket qua gui truoc ngay 16/12/2026.", "Kết quả ra soat dang vien")]
    public async Task A_result_sent_is_titled_with_the_work_before_it(string body, string title)
    {
        var items = await ItemsOfAsync(ToGrassroots + body);

        Assert.StartsWith($"{title} | 2026-12-16 | grassroots", Assert.Single(items), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_table_rows_paper_of_the_Hội_keeps_its_words_pasted_and_as_docx()
    {
        const string head = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH\nSố 950-KH/ĐUK\nYên Bái, ngày 30 tháng 11 năm 2026\nKính gửi: Các chi, đảng bộ cơ sở; Đoàn Thanh niên Khối và Hội Cựu chiến binh Khối.";
        string[] rows = ["TT\tNội dung\tĐơn vị thực hiện\tThời hạn", "1\tBáo cáo của Đoàn\tĐoàn Thanh niên Khối\t14/12/2026", "2\tBáo cáo của Hội\tHội Cựu chiến binh Khối\tTrước ngày 15 tháng 12"];

        var pasted = await ItemsOfAsync(head + "\n" + string.Join('\n', rows));
        var docx = await ItemsOfFileAsync("kh.docx", LetterFiles.Docx(head, tableRowsAfterLine: rows, afterLine: 4));

        Assert.StartsWith("Báo cáo của Đoàn | 2026-12-14 | units:DTN", pasted[0], StringComparison.Ordinal);
        Assert.StartsWith("Báo cáo của Hội | 2026-12-15 | units:CCB", pasted[1], StringComparison.Ordinal);
        Assert.Equal(pasted, docx);
    }

    [Theory]
    [InlineData("Tính đến ngày 25/11/2026, các đơn vị trên chưa gửi báo cáo quý III năm 2026 (hạn trước ngày 15/10/2026).\nĐề nghị các đơn vị khẩn trương gửi báo cáo quý III năm 2026 về Ban Tuyên giáo trước ngày 07/12/2026.")]
    [InlineData("Các đơn vị đã gửi báo cáo quý III năm 2026.\nĐề nghị các đơn vị gửi báo cáo quý III năm 2026 trước ngày 07/12/2026.")]
    public async Task A_quarters_paper_sent_or_not_yet_sent_is_no_item_nor_is_the_subject_line(string body)
    {
        var items = await ItemsOfAsync(ToGrassroots.Replace("Số 280-CV/ĐUK\n", "Số 2208-CV/ĐUK\nV/v đôn đốc gửi báo cáo quý III năm 2026\n", StringComparison.Ordinal) + body);

        Assert.StartsWith("Báo cáo quý III năm 2026 | 2026-12-07 | grassroots", Assert.Single(items), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("V/v gửi báo cáo quý IV năm 2026\n", "Các đơn vị gửi báo cáo quý IV năm 2026.")]
    [InlineData("V/v bao cao quy IV nam 2026\n", "Cac don vi nop bao cao quy IV nam 2026.")]
    public async Task A_quarters_paper_under_a_subject_naming_it_says_the_quarter_once(string subject, string body)
    {
        var items = await ItemsOfAsync(ToGrassroots.Replace("Số 280-CV/ĐUK\n", "Số 2209-CV/ĐUK\n" + subject, StringComparison.Ordinal) + body);

        var item = Assert.Single(items);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(item.Split(" | ")[0], "(?i)qu[yý] IV"));
        Assert.Contains(" | 2026-12-31 | grassroots", item, StringComparison.Ordinal);
    }
}
