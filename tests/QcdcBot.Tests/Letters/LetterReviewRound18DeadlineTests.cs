namespace QcdcBot.Tests.Letters;

/// <summary>
/// The eighteenth round on /congvan (issue 13, clerk17), which sentences are deadlines: a cited document's date, an
/// encouragement to send early, old or cited dates in brackets, a later date allowed for the same paper, conditional
/// groups of units, an exemption, and timings without a day named under "Bỏ qua" rather than dropped.
/// </summary>
public sealed class LetterReviewRound18DeadlineTests : ClerkRound
{
    /// <summary>The reply to <paramref name="body"/> proposes one deadline, shown as <paramref name="due"/>, and lists <paramref name="leftOut"/>.</summary>
    private static async Task OneDeadlineAndLeftOutAsync(string body, string due, string leftOut)
    {
        var reply = await ReplyToAsync(ToGrassroots + body);

        Assert.Contains("Tìm thấy 1 hạn nộp", reply, StringComparison.Ordinal);
        Assert.Contains(due, reply, StringComparison.Ordinal);
        Assert.Contains(leftOut, reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Căn cứ Hướng dẫn số 12-HD/BTGTU ngày 05/11/2026 của Ban Tuyên giáo Tỉnh ủy về việc báo cáo trước ngày 31/12/2026, Đảng ủy Khối đề nghị các đơn vị gửi báo cáo tổng kết trước ngày 16/12/2026.")]
    [InlineData("Căn cứ Công văn số 301-CV/TU ngày 10/11/2026 của Tỉnh ủy yêu cầu báo cáo trước ngày 31/12/2026, Đảng ủy Khối đề nghị các đơn vị gửi báo cáo tổng kết trước ngày 16/12/2026.")]
    [InlineData("Thực hiện Kế hoạch số 45-KH/TU của Tỉnh ủy quy định hoàn thành tổng kết trước ngày 31/12/2026, đề nghị các đơn vị gửi báo cáo tổng kết trước ngày 16/12/2026.")]
    public Task A_date_in_the_subject_of_a_cited_document_is_left_out_with_why(string body) =>
        OneDeadlineAndLeftOutAsync(body, "1. Báo cáo tổng kết\n   Hạn: Thứ Tư, 16/12/2026", "Bỏ qua: \"trước ngày 31/12/2026\": ngày trong văn bản được căn cứ, không phải hạn nộp của các đơn vị.");

    [Fact]
    public async Task A_sentence_that_cites_a_plan_then_asks_the_units_keeps_its_deadline() =>
        Assert.StartsWith("Báo cáo tổng kết | 2026-12-16 | grassroots", await OnlyItemOfAsync("Thực hiện Kế hoạch số 45-KH/ĐUK, các đơn vị gửi báo cáo tổng kết trước ngày 16/12/2026."), StringComparison.Ordinal);

    [Theory]
    [InlineData("Đề nghị các đơn vị gửi báo cáo trước ngày 15/12/2026. Báo cáo gửi sau ngày 15/12/2026 sẽ không được tổng hợp. Đơn vị nào gửi trước ngày 10/12/2026 sẽ được biểu dương.")]
    [InlineData("Đề nghị các đơn vị gửi báo cáo trước ngày 15/12/2026. Khuyến khích các đơn vị gửi sớm trước ngày 10/12/2026.")]
    [InlineData("Đề nghị các đơn vị gửi báo cáo trước ngày 15/12/2026; đơn vị gửi trước ngày 10/12/2026 được ưu tiên xét thi đua.")]
    [InlineData("Các đơn vị gửi báo cáo trước ngày 15/12/2026, đơn vị hoàn thành trước ngày 10/12/2026 sẽ được khen thưởng.")]
    public Task An_encouragement_to_send_early_is_not_an_earlier_deadline(string body) =>
        OneDeadlineAndLeftOutAsync(body, "   Hạn: Thứ Ba, 15/12/2026", "\"trước ngày 10/12/2026\": khuyến khích gửi sớm, không phải hạn nộp.");

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo trước ngày 15/12/2026 để được xét khen thưởng.")]
    [InlineData("Đơn vị nào gửi báo cáo trước ngày 15/12/2026 sẽ được biểu dương.")]
    public async Task A_deadline_with_what_it_is_for_or_the_letters_only_date_stays_a_deadline(string body) =>
        Assert.StartsWith("Báo cáo | 2026-12-15 | ", await OnlyItemOfAsync(body), StringComparison.Ordinal);

    [Theory]
    [InlineData("Đề nghị các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026. Công văn này thay thế Công văn số 963-CV/ĐUK ngày 30/11/2026 (hạn cũ trước ngày 10/12/2026).", "hạn cũ, không phải hạn nộp mới")]
    [InlineData("Đề nghị các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026 (thay cho hạn cũ là trước ngày 10/12/2026).", "hạn cũ, không phải hạn nộp mới")]
    [InlineData("Đề nghị các đơn vị gửi báo cáo tổng kết (theo đề cương gửi kèm Công văn số 800-CV/ĐUK ngày 15/11/2026, hạn trước ngày 10/12/2026) trước ngày 15/12/2026.", "ngày của văn bản khác nêu trong ngoặc")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết (theo Hướng dẫn số 9-HD/BTGTU, hạn trước ngày 10/12/2026) trước ngày 15/12/2026.", "ngày của văn bản khác nêu trong ngoặc")]
    public Task An_old_or_cited_date_in_brackets_is_not_a_new_deadline(string body, string why) =>
        OneDeadlineAndLeftOutAsync(body, "1. Báo cáo tổng kết\n   Hạn: Thứ Ba, 15/12/2026", $"Bỏ qua: \"trước ngày 10/12/2026\": {why}");

    [Theory]
    [InlineData("Đề nghị các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026. Đến nay còn 12 đơn vị chưa gửi báo cáo sơ kết (hạn trước ngày 30/6/2026), đề nghị khẩn trương gửi trước ngày 7/12/2026.", "Báo cáo sơ kết", "12 đơn vị chưa gửi")]
    [InlineData("Đề nghị các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026. Còn 5 đơn vị chưa nộp kế hoạch (hạn trước ngày 15/10/2026), đề nghị nộp trước ngày 7/12/2026.", "Kế hoạch", "5 đơn vị chưa nộp kế hoạch")]
    public async Task A_past_deadline_reminded_in_brackets_leaves_the_late_units_to_choose_by_the_new_date(string body, string title, string late)
    {
        var items = await ItemsOfAsync(ToGrassroots + body);

        Assert.Equal(2, items.Count);
        Assert.StartsWith("Báo cáo tổng kết | 2026-12-15 | grassroots", items[0], StringComparison.Ordinal);
        Assert.StartsWith($"{title} | 2026-12-07 | units: unmatched:{late} |", items[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026 hoặc chậm nhất ngày 20/12/2026 đối với đơn vị có hoàn cảnh đặc biệt.", "20/12/2026")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026, hoặc chậm nhất ngày 18/12/2026 nếu có lý do chính đáng.", "18/12/2026")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026; bổ sung trước ngày 18/12/2026.", "18/12/2026")]
    [InlineData("1\tBáo cáo tổng kết\tCác đơn vị\tTrước 15/12/2026; bổ sung trước 18/12/2026\t", "18/12/2026")]
    public async Task A_later_date_after_hoặc_or_bổ_sung_is_a_note_on_the_same_paper(string body, string later)
    {
        var item = await OnlyItemOfAsync(body);

        Assert.StartsWith("Báo cáo tổng kết | 2026-12-15 |", item, StringComparison.Ordinal);
        Assert.Contains("văn bản cho gửi muộn", item, StringComparison.Ordinal);
        Assert.Contains(later, item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026; các đơn vị có từ 100 đảng viên trở lên gửi thêm danh sách trước ngày 20/12/2026.", "các đơn vị có từ 100 đảng viên trở lên")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026. Các chi bộ có trên 50 đảng viên gửi danh sách trước ngày 20/12/2026.", "Các chi bộ có trên 50 đảng viên")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026 (đơn vị nào chưa gửi báo cáo quý III, gửi bổ sung trước ngày 20/12/2026).", "đơn vị nào chưa gửi")]
    public async Task A_conditional_group_is_left_for_the_clerk_to_choose_never_every_unit(string body, string group)
    {
        var items = await ItemsOfAsync(ToGrassroots + body);

        Assert.Equal(2, items.Count);
        Assert.StartsWith("Báo cáo tổng kết | 2026-12-15 | grassroots", items[0], StringComparison.Ordinal);
        Assert.Contains($" | 2026-12-20 | units: unmatched:{group} |", items[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Đối với các đơn vị chưa gửi báo cáo 6 tháng, đề nghị gửi bổ sung trước ngày 10/12/2026.", "Báo cáo 6 tháng | 2026-12-10 | units: unmatched:các đơn vị chưa gửi")]
    [InlineData("Với các đơn vị chưa nộp kế hoạch năm 2027, yêu cầu nộp trước ngày 10/12/2026.", "Kế hoạch năm 2027 | 2026-12-10 | units: unmatched:các đơn vị chưa nộp")]
    public async Task A_conditional_groups_paper_is_titled_without_the_request_after_it(string body, string item) =>
        Assert.StartsWith(item, await OnlyItemOfAsync(body), StringComparison.Ordinal);

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo sơ kết trước ngày 10/12/2026. Các đơn vị đã gửi báo cáo trước ngày 30/11/2026 thì không phải gửi lại.", "trước ngày 30/11/2026")]
    [InlineData("Các đơn vị gửi báo cáo sơ kết trước ngày 10/12/2026; đơn vị đã nộp trước ngày 28/11/2026 không cần nộp lại.", "trước ngày 28/11/2026")]
    public Task A_date_before_which_units_need_not_send_again_is_not_a_deadline(string body, string written) =>
        OneDeadlineAndLeftOutAsync(body, "1. Báo cáo sơ kết\n   Hạn: Thứ Năm, 10/12/2026", $"Bỏ qua: \"{written}\": đơn vị đã gửi trước ngày đó thì không phải gửi lại");

    [Theory]
    [InlineData("Hội nghị tổng kết dự kiến tổ chức vào ngày 22/12/2026. Các đơn vị gửi danh sách đại biểu trước hội nghị 05 ngày.", "trước hội nghị 05 ngày", "hạn tính theo ngày của sự kiện")]
    [InlineData("Các đơn vị gửi tham luận chậm nhất 7 ngày trước khi tổ chức hội nghị.", "chậm nhất 7 ngày trước khi tổ chức hội nghị", "hạn tính theo ngày của sự kiện")]
    [InlineData("Các đơn vị đăng ký thi đua năm 2027 trong tháng 12.", "trong tháng 12", "chỉ ghi tuần hoặc khoảng trong tháng")]
    public async Task A_timing_without_a_day_is_named_under_bỏ_qua(string body, string written, string why)
    {
        var reply = await ReplyToAsync(ToGrassroots + body);

        Assert.Contains($"Bỏ qua: \"{written}\": {why}", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_month_that_says_what_beside_a_read_date_is_not_named_under_bỏ_qua()
    {
        var reply = await ReplyToAsync(ToGrassroots + "Các đơn vị gửi báo cáo kết quả thực hiện trong tháng 12 trước ngày 15/12/2026.");

        Assert.Contains("Tìm thấy 1 hạn nộp", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Bỏ qua", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Chế độ báo cáo: báo cáo 6 tháng gửi trước ngày 15/6 hằng năm; báo cáo năm gửi trước ngày 15/12 hằng năm.")]
    [InlineData("Các đơn vị gửi báo cáo năm trước ngày 15/12 hàng năm.")]
    public async Task A_yearly_rule_is_proposed_once_with_a_note(string body)
    {
        var items = await ItemsOfAsync(ToGrassroots + body);

        Assert.Contains(items, i => i.Contains(" | 2026-12-15 | ", StringComparison.Ordinal));
        Assert.All(items, i => Assert.Contains("văn bản ghi \"hằng năm\": chỉ đề xuất lần gần nhất", i, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo quý IV/2026 trước ngày 15/12/2026 và báo cáo năm 2026 cùng thời hạn.", "Báo cáo quý IV/2026", "Báo cáo năm 2026")]
    [InlineData("Các đơn vị gửi kế hoạch năm 2027 trước ngày 15/12/2026, và danh sách đăng ký thi đua cùng hạn.", "Kế hoạch năm 2027", "Danh sách đăng ký thi đua")]
    public async Task A_second_paper_due_on_the_same_date_is_a_second_item(string body, string first, string second)
    {
        var items = await ItemsOfAsync(ToGrassroots + body);

        Assert.Equal(2, items.Count);
        Assert.StartsWith($"{first} | 2026-12-15 | grassroots", items[0], StringComparison.Ordinal);
        Assert.StartsWith($"{second} | 2026-12-15 | grassroots", items[1], StringComparison.Ordinal);
    }
}
