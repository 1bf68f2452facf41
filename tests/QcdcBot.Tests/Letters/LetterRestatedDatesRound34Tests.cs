using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>
/// Issue 13 (clerk13b N3, N4, N6, N1, N7, N11): dates a letter restates rather than sets. A correction's old date is
/// left out and its new one moves the deadline it corrects ("gắn N"); a "Lưu ý" repeating an item's date is no second
/// item; the office's onward report after a purpose clause, a cited guidance's bracket, a postponed or cancelled
/// deadline are no deadline for the units.
/// </summary>
public sealed class LetterRestatedDatesRound34Tests : ClerkRound
{
    [Theory]
    [InlineData("Đính chính Công văn số 2051-CV/ĐUK ngày 30/11/2026 của Ban Thường vụ Đảng ủy Khối: tại dòng thứ 3, \"trước ngày 15/12/2026\" nay sửa thành \"trước ngày 18/12/2026\". Các nội dung khác giữ nguyên.")]
    [InlineData("Đính chính: Công văn số 2051-CV/ĐUK ngày 30/11/2026 ghi hạn gửi báo cáo công tác dân vận là ngày 15/12/2026, nay điều chỉnh thành trước ngày 18/12/2026.")]
    [InlineData("Dinh chinh Cong van so 2051-CV/ĐUK ngay 30/11/2026: \"truoc ngay 15/12/2026\" nay sua thanh \"truoc ngay 18/12/2026\".")]
    public async Task A_correction_letter_leaves_the_old_date_out_and_gắn_moves_the_deadline_it_corrects(string body)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var report = await GivenFromAsync(bot, "2051-CV", "Các đơn vị gửi báo cáo công tác dân vận trước ngày 15/12/2026.");

        var proposed = (await bot.SayAsync(BotHarness.Admin, "/congvan " + Numbered("2400-CV", body))).Text();
        var attached = (await bot.SayAsync(BotHarness.Admin, "gắn 1")).Text();

        Assert.Contains("Tìm thấy 1 hạn nộp", proposed, StringComparison.Ordinal);
        Assert.Contains("15/12/2026\": ngày trong văn bản được đính chính", proposed, StringComparison.Ordinal);
        Assert.Contains("1. Báo cáo công tác dân vận", proposed, StringComparison.Ordinal);
        Assert.Contains($"gõ \"gắn 1\" để dời hạn việc #{report.Id} đến 18/12/2026", proposed, StringComparison.Ordinal);
        Assert.Contains($"Đã dời hạn việc #{report.Id}: 15/12/2026 → Thứ Sáu, 18/12/2026.", attached, StringComparison.Ordinal);
        var open = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(false));
        Assert.Equal((report.Id, new DateOnly(2026, 12, 18)), (open.Id, open.DueDate));
    }

    [Theory]
    [InlineData("De nghi cac don vi gui bao cao so ket truoc ngay 10/12/2026. Luu y: bao cao so ket gui truoc ngay 10/12/2026 qua phan mem, khong gui ban giay.")]
    [InlineData("Đề nghị các đơn vị gửi báo cáo tổng kết QCDC năm 2026 trước ngày 15/12/2026. Lưu ý: Báo cáo tổng kết gửi về Ban Tuyên giáo trước ngày 15/12/2026 (bản mềm và bản giấy).")]
    public async Task A_note_repeating_an_items_date_files_one_deadline(string body)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var proposed = (await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + body)).Text();
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");

        Assert.Contains("Tìm thấy 1 hạn nộp", proposed, StringComparison.Ordinal);
        Assert.Contains("nhắc lại hạn của mục 1", proposed, StringComparison.Ordinal);
        Assert.Single(await bot.Get<DeadlineStore>().ListAsync(false));
    }

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo (02 bản) về Ban Tuyên giáo trước ngày 15/12/2026 để tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 20/12/2026.")]
    [InlineData("Cac don vi gui bao cao ve Ban Tuyen giao truoc ngay 15/12/2026 de tong hop, bao cao Tinh uy truoc ngay 20/12/2026.")]
    public async Task The_offices_onward_report_after_a_purpose_clause_is_no_deadline_for_the_units(string body)
    {
        var reply = await ReplyToAsync(ToGrassroots + body);

        Assert.Contains("Tìm thấy 1 hạn nộp", reply, StringComparison.Ordinal);
        Assert.Contains("20/12/2026\": việc của Ban Tuyên giáo (tổng hợp, báo cáo cấp trên)", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Thực hiện Hướng dẫn số 23-HD/BDVTU ngày 25/11/2026 của Ban Dân vận Tỉnh ủy (các đơn vị gửi báo cáo về Ban Dân vận Tỉnh ủy trước ngày 25/12/2026), đề nghị các đơn vị gửi báo cáo tổng kết trước ngày 16/12/2026.")]
    [InlineData("Căn cứ Kế hoạch số 30-KH/TU ngày 20/11/2026 của Tỉnh ủy (các đảng bộ nộp báo cáo cho Ban Tổ chức Tỉnh ủy trước ngày 25/12/2026), đề nghị các đơn vị gửi báo cáo tổng kết trước ngày 16/12/2026.")]
    public async Task A_bracket_right_after_a_cited_guidance_is_that_guidances_date(string body)
    {
        var reply = await ReplyToAsync(ToGrassroots + body);

        Assert.Contains("Tìm thấy 1 hạn nộp", reply, StringComparison.Ordinal);
        Assert.Contains("25/12/2026\": ngày trong văn bản được căn cứ", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hoãn thời hạn gửi báo cáo chuyên đề theo Công văn số 2051-CV/ĐUK ngày 30/11/2026 (trước ngày 15/12/2026) đến khi có thông báo mới.", "ngày trong văn bản được hoãn")]
    [InlineData("Nay tạm hoãn việc gửi báo cáo chuyên đề trước ngày 15/12/2026 theo Công văn số 2051-CV/ĐUK.", "ngày trong văn bản được hoãn")]
    [InlineData("Bãi bỏ nội dung yêu cầu gửi kế hoạch thực hiện Quy chế dân chủ tại Công văn số 2318-CV/ĐUK (hạn 22/12/2026); các đơn vị không phải gửi kế hoạch này.", "ngày trong văn bản bị thu hồi")]
    public async Task A_postponed_or_cancelled_deadline_is_no_new_one(string body, string why)
    {
        var reply = await ReplyToAsync(ToGrassroots + body);

        Assert.Contains("Không thấy hạn nộp nào", reply, StringComparison.Ordinal);
        Assert.Contains(why, reply, StringComparison.Ordinal);
    }

    /// <summary>N10: a deadline given with /giao, moved by an extension letter's "gắn 1", names that letter in every view.</summary>
    [Fact]
    public async Task Gắn_attaches_an_extension_letter_to_a_deadline_given_without_one()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/giao Báo cáo công tác dân vận trước 15/12/2026 cho STP");
        var given = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(false));

        var proposed = (await bot.SayAsync(BotHarness.Admin, "/congvan " + Numbered("2318-CV", "Ban Tuyên giáo gia hạn thời gian gửi báo cáo công tác dân vận đến hết ngày 22/12/2026.").Replace("Các chi, đảng bộ cơ sở", "Đảng bộ Sở Tư pháp", StringComparison.Ordinal))).Text();
        var attached = (await bot.SayAsync(BotHarness.Admin, "gắn 1")).Text();
        var listed = (await bot.SayAsync(BotHarness.Admin, "/hanchot")).Text();

        Assert.Contains("gõ \"gắn 1\"", proposed, StringComparison.Ordinal);
        Assert.Contains($"Đã gắn Công văn số 2318-CV/ĐUK, ngày 30/11/2026 vào việc #{given.Id}", attached, StringComparison.Ordinal);
        Assert.Contains("theo Công văn số 2318-CV/ĐUK", listed, StringComparison.Ordinal);
    }
}
