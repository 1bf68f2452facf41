using System.Text;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>The fourth fresh-eyes round on /congvan: a clerk's third-round letters, read on Monday 30/11/2026.</summary>
public sealed class LetterReviewRound4Tests
{
    private static readonly DateTimeOffset Today = new(2026, 11, 30, 3, 0, 0, TimeSpan.Zero);

    private const string Header = "ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH\nSố 90-CV/ĐUK\nYên Bái, ngày 26 tháng 11 năm 2026\n";

    private const string Addressed = "Kính gửi: - Đảng bộ Sở Y tế; - Đảng bộ Ngân hàng Nhà nước.\n";

    [Theory]
    [InlineData("Thực hiện Công văn số 55-CV/SYT của Sở Y tế, đề nghị các đơn vị gửi báo cáo B trước ngày 17/12/2026.")]
    [InlineData("Theo hướng dẫn của Bảo hiểm xã hội tỉnh, các đơn vị gửi danh sách C trước ngày 17/12/2026.")]
    [InlineData("Thực hiện Kế hoạch số 12-KH/BTGTU, ngày 02/11/2026 của Ban Tuyên giáo Tỉnh ủy, Ban Thường vụ Đảng ủy Khối đề nghị các đơn vị xây dựng báo cáo công tác tuyên giáo năm 2026 trước ngày 17/12/2026.")]
    public async Task A_unit_named_only_as_the_author_of_a_cited_document_is_not_the_deadlines_scope(string sentence)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var grassroots = await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(Header + sentence));
        var addressed = await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(Header + Addressed + sentence));

        Assert.EndsWith("| 2026-12-17 | grassroots | ", Assert.Single(await ProposalHarness.DescribeAsync(bot, grassroots)), StringComparison.Ordinal);
        Assert.EndsWith("| 2026-12-17 | units:SYT,NHNN | ", Assert.Single(await ProposalHarness.DescribeAsync(bot, addressed)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cục Thuế gửi báo cáo thu ngân sách trước ngày 14/12/2026.", "units:CTHUE")]
    [InlineData("Đề nghị Ngân hàng Nhà nước và Cục Thuế gửi báo cáo A trước ngày 14/12/2026.", "units:NHNN,CTHUE")]
    [InlineData("Đề nghị Đảng bộ Sở Khoa học vui gửi báo cáo A trước ngày 14/12/2026.", "units: unmatched:Đảng bộ Sở Khoa học vui")]
    [InlineData("Đề nghị Ngân hàng Nhà nước và Ngân hàng Sao Hỏa gửi báo cáo A trước ngày 14/12/2026.", "units:NHNN unmatched:Ngân hàng Sao Hỏa")]
    [InlineData("Đề nghị Trường Chính trị Sao Hỏa tổ chức lớp bồi dưỡng trước ngày 14/12/2026.", "units: unmatched:Trường Chính trị Sao Hỏa")]
    public async Task A_unit_named_outside_a_list_is_matched_or_shown_as_not_matched_never_widened_to_every_unit(string sentence, string scope)
    {
        Assert.Contains($"| 2026-12-14 | {scope} |", Assert.Single(await DescribeAsync(Header + sentence)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các chi, đảng bộ cơ sở gửi báo cáo A trước 17 giờ ngày 15/12/2026.", "2026-12-15")]
    [InlineData("Các chi, đảng bộ cơ sở gửi báo cáo A trước 16h00 ngày 21/12/2026.", "2026-12-21")]
    [InlineData("Các chi, đảng bộ cơ sở gửi báo cáo A trước ngày 15/ 4/2027.", "2027-04-15")]
    [InlineData("Các chi, đảng bộ cơ sở gửi báo cáo A trước ngày 16/4/ 2027.", "2027-04-16")]
    public async Task A_due_day_after_an_hour_or_with_a_space_in_the_date_is_a_deadline(string sentence, string due)
    {
        Assert.Contains($"| {due} | grassroots | ", Assert.Single(await DescribeAsync(Header + sentence)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_date_for_one_item_is_named_as_not_used()
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var draft = await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(Header + "Hạn nộp báo cáo D: 10/12/2026 (bản mềm) và 18/12/2026 (bản giấy)."));

        var item = Assert.Single(draft.Items);
        Assert.Equal(new DateOnly(2026, 12, 10), item.Due);
        Assert.Contains("văn bản còn ghi ngày 18/12/2026 (bản giấy), chưa dùng", string.Join(" / ", item.Warnings), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kính gửi:\n- Các đoàn thể khối.\n", "kind:DoanThe")]
    [InlineData("Kính gửi:\n- Các chi, đảng bộ cơ sở;\n- Các đoàn thể khối.\n", "all")]
    [InlineData("Kính gửi: Các chi, đảng bộ cơ sở.\n", "grassroots")]
    public async Task Items_for_the_units_go_to_the_groups_the_letter_is_addressed_to(string addressed, string scope)
    {
        Assert.Equal([$"Báo cáo B | 2026-12-15 | {scope} | "], await DescribeAsync(Header + addressed + "Đề nghị các đơn vị gửi báo cáo B trước ngày 15/12/2026."));
    }

    /// <summary>The letter's items against the sample units, one line each, on a bot of its own.</summary>
    private static async Task<IReadOnlyList<string>> DescribeAsync(string letter)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        return await ProposalHarness.DescribeAsync(bot, await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(letter)));
    }

    /// <summary>A bot with <see cref="ThreeItems"/> proposed to the admin and waiting.</summary>
    private static Task<BotHarness> ProposingThreeItemsAsync() => ProposalHarness.ProposingAsync(Today, Header + ThreeItems);

    private const string ThreeItems =
        "1. Các chi, đảng bộ cơ sở gửi báo cáo quý IV trước ngày 17/12/2026.\n2. Các chi, đảng bộ cơ sở gửi kế hoạch năm 2027 trước ngày 18/12/2026.\n3. Các chi, đảng bộ cơ sở gửi danh sách đảng viên trước ngày 22/12/2026.";

    [Theory]
    [InlineData("sửa 2 cho")]
    [InlineData("sua 2 cho ")]
    public async Task Editing_an_items_units_with_nothing_after_cho_says_what_is_missing_and_changes_nothing(string answer)
    {
        await using var bot = await ProposingThreeItemsAsync();

        var reply = await bot.SayAsync(BotHarness.Admin, answer);
        var created = await bot.SayAsync(BotHarness.Admin, "tạo 2");

        Assert.Contains("Thiếu đơn vị", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Đã sửa", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("Đã giao 1 việc", created.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sửa 2, 3 trước 20/12/2026")]
    [InlineData("sua 2,3 truoc 20/12/2026")]
    [InlineData("sua 2 va 3 truoc 20/12/2026")]
    public async Task Editing_several_items_at_once_edits_each_of_them(string answer)
    {
        await using var bot = await ProposingThreeItemsAsync();

        var reply = await bot.SayAsync(BotHarness.Admin, answer);

        Assert.Contains("Đã sửa mục 2", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("Đã sửa mục 3", reply.Text(), StringComparison.Ordinal);
        Assert.True(2 <= System.Text.RegularExpressions.Regex.Count(reply.Text(), "20/12/2026"));
    }

    [Fact]
    public async Task Editing_a_created_item_among_several_says_to_use_suahan_never_an_empty_reply()
    {
        await using var bot = await ProposingThreeItemsAsync();
        await bot.SayAsync(BotHarness.Admin, "tạo 1");

        var reply = await bot.SayAsync(BotHarness.Admin, "sua 1 va 2 truoc 20/12/2026");

        Assert.Contains("/suahan", reply.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hủy bỏ", "đã bỏ đề xuất")]
    [InlineData("tạo tất cả.", "Đã giao 3 việc")]
    public async Task Everyday_endings_of_an_answer_are_understood(string answer, string expected)
    {
        await using var bot = await ProposingThreeItemsAsync();

        var reply = await bot.SayAsync(BotHarness.Admin, answer);

        Assert.Contains(expected, reply.Text(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("huy 2")]
    [InlineData("hủy mục 2")]
    public async Task Dropping_one_item_keeps_the_others_waiting(string answer)
    {
        await using var bot = await ProposingThreeItemsAsync();

        var dropped = await bot.SayAsync(BotHarness.Admin, answer);
        var created = await bot.SayAsync(BotHarness.Admin, "tạo tất cả");

        Assert.Contains("Đã bỏ mục 2", dropped.Text(), StringComparison.Ordinal);
        Assert.Contains("Đã giao 2 việc", created.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Kế hoạch năm 2027", created.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_creation_the_next_reply_never_says_nothing_was_created()
    {
        await using var bot = await ProposingThreeItemsAsync();
        await bot.SayAsync(BotHarness.Admin, "tạo 1");

        var edited = await bot.SayAsync(BotHarness.Admin, "sửa 2 trước 21/12/2026");

        Assert.Contains("Đã sửa mục 2", edited.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Chưa tạo việc nào", edited.Text(), StringComparison.Ordinal);
        Assert.Contains("Các mục còn chờ chưa được tạo.", edited.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_due_date_in_a_letter_dated_in_the_future_is_kept_as_written()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        const string Future = "ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH\nSố 91-CV/ĐUK\nYên Bái, ngày 15 tháng 12 năm 2026\nKính gửi: Các chi, đảng bộ cơ sở.\n";

        var draft = await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(Future + "Các chi, đảng bộ cơ sở gửi báo cáo A trước ngày 10/12/2026."));

        Assert.Equal(new DateOnly(2026, 12, 10), Assert.Single(draft.Items).Due);
    }

    [Theory]
    [InlineData("Yên Bái, ngày 25 tháng 11 năm 2026\n")]
    [InlineData("")]
    public async Task A_day_and_month_just_passed_is_flagged_not_silently_next_year(string dateLine)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var letter = "ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH\nSố 92-CV/ĐUK\n" + dateLine + "Các chi, đảng bộ cơ sở gửi báo cáo A trước ngày 20/11.";

        var draft = await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(letter));

        Assert.Contains("không có năm, ngày đó vừa qua", string.Join(" / ", Assert.Single(draft.Items).Warnings), StringComparison.Ordinal);
    }
}
