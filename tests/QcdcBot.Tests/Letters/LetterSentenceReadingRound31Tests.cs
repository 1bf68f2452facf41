using Microsoft.Extensions.DependencyInjection;
using QcdcBot.Bot.Hosting;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>
/// Sentences /congvan read wrongly (issue 13, clerk13 #6–#14): what is no deadline (a cited document's bracket, a recall,
/// a date inside the units, a request not to send, an optional supplement) and what is one (a date beside an exemption,
/// an hour and a weekday before the day, "không muộn hơn", a quarter's paper due early in the next quarter).
/// </summary>
public sealed class LetterSentenceReadingRound31Tests : ClerkRound
{
    /// <summary><c>congvan &lt;tệp&gt; --create</c> on <paramref name="letter"/>: its exit code, output and the deadlines it filed.</summary>
    private static async Task<(int Code, string Output, IReadOnlyList<Deadline> Created)> CreatedByCommandLineAsync(string letter)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var file = Path.Combine(bot.Folder, "cv.txt");
        await File.WriteAllTextAsync(file, letter);
        var output = new StringWriter();

        var code = await CommandLineTools.RunAsync(["congvan", file, "--create", "--Storage:Path", bot.DatabasePath], output, b => b.Services.AddSingleton<TimeProvider>(bot.Time));

        return (code, output.ToString(), await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
    }

    /// <summary>The item whose units match none is not created, so the exit code says something was left (README's table).</summary>
    [Fact]
    public async Task A_bracket_of_a_cited_guidance_naming_a_body_is_no_deadline_for_the_unit_of_that_name()
    {
        var (code, output, created) = await CreatedByCommandLineAsync(ToGrassroots
            + "Thực hiện Hướng dẫn số 22-HD/BDVTU ngày 25/11/2026 của Ban Dân vận Tỉnh ủy về tổng kết công tác dân vận năm 2026 (các đơn vị báo cáo Ban Dân vận Tỉnh ủy trước ngày 25/12/2026), Ban Thường vụ Đảng ủy Khối đề nghị:\n"
            + "1. Các chi, đảng bộ cơ sở xây dựng báo cáo tổng kết công tác dân vận năm 2026, gửi về Đảng ủy Khối (qua Ban Tuyên giáo) trước 16 giờ 00 ngày 17/12/2026.\n"
            + "2. Các đơn vị chưa gửi báo cáo 6 tháng đầu năm 2026 khẩn trương hoàn thiện, gửi trước ngày 07/12/2026.");

        Assert.Equal(1, code);
        Assert.Contains("Bỏ qua: \"trước ngày 25/12/2026\": ngày trong văn bản được căn cứ, không phải hạn nộp của các đơn vị.", output, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 17), Assert.Single(created).DueDate);
    }

    [Theory]
    [InlineData("Căn cứ Kế hoạch số 30-KH/TU ngày 20/11/2026 của Tỉnh ủy về sơ kết (các đảng bộ báo cáo Ban Tổ chức Tỉnh ủy trước ngày 25/12/2026), đề nghị các đơn vị gửi báo cáo sơ kết trước ngày 16/12/2026.")]
    [InlineData("Thuc hien Huong dan so 22-HD/BDVTU ngay 25/11/2026 cua Ban Dan van Tinh uy ve tong ket (cac don vi bao cao Ban Dan van Tinh uy truoc ngay 25/12/2026), de nghi cac don vi gui bao cao so ket truoc ngay 16/12/2026.")]
    public async Task A_cited_documents_bracket_is_left_out_however_written(string body)
    {
        var reply = await ReplyToAsync(ToGrassroots + body);

        Assert.Contains("Tìm thấy 1 hạn nộp", reply, StringComparison.Ordinal);
        Assert.Contains("16/12/2026", reply, StringComparison.Ordinal);
        Assert.Contains("25/12/2026\": ngày trong văn bản được căn cứ", reply, StringComparison.Ordinal);
    }

    /// <summary>Nothing the letter asks is left uncreated, so it exits 0; the date is named under "Bỏ qua".</summary>
    [Fact]
    public async Task A_recall_letter_files_no_deadline_from_the_command_line()
    {
        var (code, output, created) = await CreatedByCommandLineAsync(ToGrassroots + "Thu hồi Công văn số 2042-CV/ĐUK ngày 25/11/2026 về việc gửi báo cáo trước ngày 10/12/2026.");

        Assert.Contains("Bỏ qua: \"trước ngày 10/12/2026\": ngày trong văn bản bị thu hồi, không phải hạn nộp", output, StringComparison.Ordinal);
        Assert.Empty(created);
        Assert.Equal(0, code);
    }

    [Theory]
    [InlineData("Nay Ban Thường vụ Đảng ủy Khối hủy bỏ Kế hoạch số 12-KH/ĐUK ngày 20/11/2026 về việc các đơn vị gửi báo cáo trước ngày 10/12/2026.")]
    [InlineData("Thu hoi Cong van so 2042-CV/DUK ngay 25/11/2026 ve viec gui bao cao truoc ngay 10/12/2026.")]
    [InlineData("Công văn số 2042-CV/ĐUK ngày 25/11/2026 về việc gửi báo cáo trước ngày 10/12/2026 được thu hồi.")]
    public async Task A_recalled_documents_date_is_left_out(string body)
    {
        var reply = await ReplyToAsync(ToGrassroots + body);

        Assert.Contains("Không thấy hạn nộp nào", reply, StringComparison.Ordinal);
        Assert.Contains("ngày trong văn bản bị thu hồi", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Đề nghị các chi, đảng bộ cơ sở chỉ đạo cấp ủy trực thuộc gửi báo cáo về đảng ủy cơ sở trước ngày 10/12/2026 để tổng hợp, báo cáo Đảng ủy Khối (qua Ban Tuyên giáo) trước ngày 15/12/2026.", "Báo cáo | 2026-12-15 | grassroots")]
    [InlineData("De nghi cac chi, dang bo co so chi dao cap uy truc thuoc gui bao cao ve dang uy co so truoc ngay 10/12/2026 de tong hop, bao cao Dang uy Khoi truoc ngay 15/12/2026.", "Bao cao | 2026-12-15 | grassroots")]
    [InlineData("Các chi bộ trực thuộc đảng bộ cơ sở nộp báo cáo cho đảng ủy cơ sở trước ngày 10/12/2026; các đảng bộ cơ sở tổng hợp, gửi báo cáo về Đảng ủy Khối trước ngày 15/12/2026.", "Báo cáo | 2026-12-15 | ")]
    public async Task A_date_inside_the_units_is_left_out_and_the_office_deadline_is_not_titled_with_its_addressee(string body, string expected)
    {
        var reply = await ReplyToAsync(ToGrassroots + body);

        Assert.StartsWith(expected, await OnlyItemOfAsync(body), StringComparison.Ordinal);
        Assert.Contains("10/12/2026\": hạn gửi trong nội bộ đơn vị (về đảng ủy cơ sở), không phải hạn nộp cho Đảng ủy Khối.", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Đề nghị các đơn vị không gửi báo cáo quý IV năm 2026; nội dung quý IV lồng ghép trong báo cáo tổng kết năm, gửi trước ngày 18/12/2026.", "Báo cáo tổng kết năm | 2026-12-18")]
    [InlineData("De nghi cac don vi khong gui bao cao quy IV nam 2026; noi dung quy IV long ghep trong bao cao tong ket nam, gui truoc ngay 18/12/2026.", "Bao cao tong ket nam | 2026-12-18")]
    [InlineData("Năm nay các đơn vị không phải nộp báo cáo chuyên đề trước ngày 10/12/2026; các đơn vị gửi báo cáo tổng kết năm trước ngày 18/12/2026.", "Báo cáo tổng kết năm | 2026-12-18")]
    public async Task A_request_not_to_send_a_paper_is_no_deadline(string body, string expected)
    {
        var reply = await ReplyToAsync(ToGrassroots + body);

        Assert.StartsWith(expected, await OnlyItemOfAsync(body), StringComparison.Ordinal);
        Assert.Contains("văn bản đề nghị không gửi, không phải hạn nộp", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deadline_said_by_what_befalls_the_units_that_do_not_send_stays_a_deadline() =>
        Assert.StartsWith("Báo cáo | 2026-12-15 | ", await OnlyItemOfAsync("Đơn vị nào không gửi báo cáo trước ngày 15/12/2026 sẽ bị nêu tên tại hội nghị."), StringComparison.Ordinal);

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo trước ngày 15/12/2026, riêng những đơn vị đã nộp báo cáo 6 tháng thì không phải gửi lại.", "Báo cáo | 2026-12-15 | ")]
    [InlineData("Các đơn vị gửi báo cáo năm trước ngày 15/12/2026 (đơn vị đã gửi báo cáo 6 tháng thì không phải gửi lại phần 6 tháng đầu năm).", "Báo cáo năm | 2026-12-15 | grassroots")]
    [InlineData("Cac don vi gui bao cao nam truoc ngay 15/12/2026, don vi da gui bao cao 6 thang thi khong can gui lai.", "Bao cao nam | 2026-12-15 | grassroots")]
    public async Task A_deadline_beside_an_exemption_naming_no_date_stays_a_deadline(string body, string expected) =>
        Assert.StartsWith(expected, await OnlyItemOfAsync(body), StringComparison.Ordinal);

    [Theory]
    [InlineData("Đề nghị các đơn vị gửi báo cáo tổng kết trước 17 giờ 00 ngày thứ Sáu, 11/12/2026.", "Báo cáo tổng kết | 2026-12-11 | grassroots")]
    [InlineData("De nghi cac don vi gui bao cao tong ket truoc 16h ngay thu Sau, 11/12/2026.", "Bao cao tong ket | 2026-12-11 | grassroots")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết không muộn hơn ngày 15/12/2026.", "Báo cáo tổng kết | 2026-12-15 | grassroots")]
    [InlineData("Các đơn vị hoàn thành và gửi báo cáo tổng kết trong ngày 15/12/2026.", "Báo cáo tổng kết | 2026-12-15 | grassroots")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết đúng hạn (ngày 15/12/2026).", "Báo cáo tổng kết | 2026-12-15 | grassroots")]
    public async Task An_hour_and_weekday_before_the_day_or_no_later_than_is_read_as_the_due_date(string body, string expected) =>
        Assert.StartsWith(expected, await OnlyItemOfAsync(body), StringComparison.Ordinal);

    [Fact]
    public async Task A_meetings_day_after_within_is_named_not_proposed()
    {
        var reply = await ReplyToAsync(ToGrassroots + "Các đơn vị gửi đại biểu dự hội nghị tổng kết trong ngày 15/12/2026.");

        Assert.Contains("Không thấy hạn nộp nào", reply, StringComparison.Ordinal);
        Assert.Contains("Bỏ qua: \"15/12/2026\"", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_deadlines_one_with_an_hour_and_a_weekday_are_both_proposed()
    {
        var items = await ItemsOfAsync(ToGrassroots + "Các đơn vị gửi báo cáo trước 17h ngày thứ Sáu, 11/12/2026; gửi danh sách trước ngày 15/12/2026 (thứ Ba).");

        Assert.Equal(2, items.Count);
        Assert.StartsWith("Báo cáo | 2026-12-11 |", items[0], StringComparison.Ordinal);
        Assert.StartsWith("Danh sách | 2026-12-15 |", items[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Định kỳ hằng quý, các đơn vị gửi báo cáo quý trước ngày 10 tháng đầu của quý sau.", "Báo cáo quý | 2027-01-10 | grassroots")]
    [InlineData("Dinh ky hang quy, cac don vi gui bao cao quy truoc ngay 10 thang dau cua quy sau.", "Bao cao quy | 2027-01-10 | grassroots")]
    [InlineData("Các đơn vị gửi báo cáo quý chậm nhất ngày 05 tháng đầu quý tiếp theo.", "Báo cáo quý | 2027-01-05 | grassroots")]
    public async Task A_quarters_paper_due_early_in_the_next_quarter_is_proposed_once_with_a_note(string body, string expected)
    {
        var item = await OnlyItemOfAsync(body);

        Assert.StartsWith(expected, item, StringComparison.Ordinal);
        Assert.Contains("văn bản ghi \"hằng quý\": chỉ đề xuất lần gần nhất", item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Đề nghị các đơn vị gửi báo cáo trước ngày 15/12/2026 và gửi bổ sung số liệu (nếu có) trước ngày 22/12/2026.", "Báo cáo | 2026-12-15 |")]
    [InlineData("De nghi cac don vi gui bao cao tong ket truoc ngay 15/12/2026, neu co so lieu bo sung thi gui truoc ngay 22/12/2026.", "Bao cao tong ket | 2026-12-15 |")]
    public async Task An_optional_supplement_is_a_note_on_the_deadline_not_a_second_one(string body, string expected)
    {
        var item = await OnlyItemOfAsync(body);

        Assert.StartsWith(expected, item, StringComparison.Ordinal);
        Assert.Contains("văn bản cho gửi bổ sung (nếu có)", item, StringComparison.Ordinal);
        Assert.Contains("22/12/2026", item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các chi bộ hoàn thành báo cáo sơ kết trước ngày 20/12/2026. Đề nghị Đảng bộ Sở Y tế hoàn thành kế hoạch tuyên truyền trước ngày 28/12/2026.", "Kế hoạch tuyên truyền | 2026-12-28")]
    [InlineData("Cac chi bo hoan thanh bao cao so ket truoc ngay 20/12/2026. De nghi Dang bo So Y te xay dung ke hoach tuyen truyen truoc ngay 28/12/2026.", "Ke hoach tuyen truyen | 2026-12-28")]
    public async Task A_sentence_asking_one_unit_its_own_paper_keeps_its_title(string body, string expected)
    {
        var items = await ItemsOfAsync(ToGrassroots + body);

        Assert.Equal(2, items.Count);
        Assert.StartsWith(expected, items[1], StringComparison.Ordinal);
    }
}
