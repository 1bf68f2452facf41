using System.Text;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>The fifth fresh-eyes round on /congvan: a clerk's letters, read on Tuesday 1/12/2026.</summary>
public sealed class LetterReviewRound5Tests
{
    private static readonly DateTimeOffset Today = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private const string Header = "ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH\nSố 95-CV/ĐUK\nYên Bái, ngày 26 tháng 11 năm 2026\n";

    private const string ThreeItems =
        "1. Các chi, đảng bộ cơ sở gửi báo cáo quý IV trước ngày 17/12/2026.\n2. Các chi, đảng bộ cơ sở gửi kế hoạch năm 2027 trước ngày 18/12/2026.\n3. Các chi, đảng bộ cơ sở gửi danh sách đảng viên trước ngày 22/12/2026.";

    /// <summary>The letter's items, one line each ("Title | due | scope | warnings").</summary>
    private static async Task<IReadOnlyList<string>> ItemsOfAsync(BotHarness bot, string letter) =>
        await ProposalHarness.DescribeAsync(bot, await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(letter)));

    /// <summary>A bot with <see cref="ThreeItems"/> under <see cref="Header"/> proposed and waiting.</summary>
    private static Task<BotHarness> ProposingThreeAsync() => ProposalHarness.ProposingAsync(Today, Header + ThreeItems);

    private static async Task<string> OnlyItemOfAsync(string body)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        return Assert.Single(await ItemsOfAsync(bot, Header + body));
    }

    [Theory]
    [InlineData("Các đơn vị gồm: Sở Kế hoạch và Đầu tư, Sở Y tế gửi bảng đăng ký thi đua trước ngày 15/12/2026.", "Bảng đăng ký thi đua")]
    [InlineData("Đề nghị Sở Kế hoạch và Đầu tư gửi bảng chấm điểm trước ngày 15/12/2026.", "Bảng chấm điểm")]
    [InlineData("Thời hạn hoàn thành: ngày 28 tháng 12 năm 2026 đối với báo cáo tổng kết công tác đảng.", "Báo cáo tổng kết công tác đảng")]
    [InlineData("Hạn chót 20/1 nộp báo cáo quý IV.", "Báo cáo quý IV")]
    [InlineData("Hạn chót: 20/5 nộp bảng tổng hợp ý kiến.", "Bảng tổng hợp ý kiến")]
    [InlineData("Các chi, đảng bộ cơ sở gửi báo cáo F xong trước ngày 15/12/2026.", "Báo cáo F")]
    [InlineData("Các chi, đảng bộ cơ sở gửi báo cáo G đầy đủ, đúng hạn trước ngày 15/12/2026.", "Báo cáo G")]
    [InlineData("Các chi, đảng bộ cơ sở nộp danh sách đảng viên kịp thời trước ngày 15/12/2026.", "Danh sách đảng viên")]
    [InlineData("Riêng Sở Y tế gửi thêm bảng tổng hợp số liệu xong trước ngày 15/12/2026.", "Bảng tổng hợp số liệu")]
    public async Task A_title_names_the_paper_asked_for_never_a_units_name_nor_how_to_send_it(string sentence, string title) =>
        Assert.StartsWith(title + " | ", await OnlyItemOfAsync(sentence), StringComparison.Ordinal);

    [Theory]
    [InlineData("Các đơn vị gồm: Sở Xây dựng, Sở Tài chính và Sở Y tế đăng ký mô hình Dân vận khéo trước ngày 15/12/2026.", "units:SXD,STC,SYT | ")]
    [InlineData("Đề nghị Ngân hàng Nông nghiệp và Phát triển nông thôn gửi báo cáo A trước ngày 15/12/2026.", "units:AGRI | ")]
    [InlineData("Các đơn vị gồm: Sở Y tế, Ngân hàng Nông nghiệp và Phát triển nông thôn gửi báo cáo A trước ngày 15/12/2026.", "units:SYT,AGRI | ")]
    [InlineData("Riêng Sở Y tế và Ngân hàng Nông nghiệp và Phát triển nông thôn gửi thêm báo cáo A trước ngày 15/12/2026.", "units:SYT,AGRI | ")]
    public async Task A_unit_list_ends_at_its_verb_and_a_store_name_with_va_is_not_split(string sentence, string scope) =>
        Assert.Contains($"| 2026-12-15 | {scope}", await OnlyItemOfAsync(sentence), StringComparison.Ordinal);

    [Fact]
    public async Task A_name_matching_several_units_says_so_with_their_codes()
    {
        var item = await OnlyItemOfAsync("Đề nghị Trường Cao đẳng gửi báo cáo A trước ngày 15/12/2026.");

        Assert.Contains("\"Trường Cao đẳng\" khớp nhiều đơn vị: CDN, CDYB, CDSP; chọn một mã, gõ \"sửa 1 cho <mã>\"", item, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa khớp đơn vị", item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4\tHọp Ban chỉ đạo\tBan Tuyên giáo\t15/12/2026", "Ban Tuyên giáo")]
    [InlineData("4\tRà soát danh sách\tVăn phòng Đảng ủy Khối\t15/12/2026", "Văn phòng Đảng ủy Khối")]
    [InlineData("4\tTổng hợp kết quả\tBan Thường vụ\t15/12/2026", "Ban Thường vụ")]
    [InlineData("4\tHội nghị sơ kết\tCác đơn vị\t15/12/2026", "cuộc họp")]
    public async Task A_table_row_of_the_offices_own_work_or_a_meeting_is_left_out_and_said(string row, string why)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var letter = Header + "TT\tNội dung\tĐơn vị thực hiện\tThời hạn\n" + row + "\n5\tBáo cáo sơ kết\tCác chi, đảng bộ cơ sở\t18/12/2026\n";

        var items = await ItemsOfAsync(bot, letter);
        var reply = (await bot.SayAsync(BotHarness.Admin, "/congvan " + letter)).Text();

        Assert.Equal("Báo cáo sơ kết | 2026-12-18 | grassroots | ", Assert.Single(items));
        Assert.Contains("Bỏ qua: \"15/12/2026\":", reply, StringComparison.Ordinal);
        Assert.Contains(why, reply[reply.IndexOf("Bỏ qua", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tháng 1/2027", "2027-01-29")]
    [InlineData("Tháng 2 năm 2027", "2027-02-26")]
    public async Task A_month_without_a_day_in_the_due_column_is_proposed_as_its_last_working_day_with_a_warning(string cell, string due)
    {
        var item = await OnlyItemOfAsync("TT\tNội dung\tThời hạn\n1\tĐăng ký thi đua\t" + cell + "\n");

        Assert.Contains($"| {due} | grassroots | văn bản chỉ ghi \"{cell}\" (không có ngày)", item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Thời hạn nộp báo cáo sơ kết: tháng 1/2027.", "2027-01-29", "tháng 1/2027")]
    [InlineData("Thời gian hoàn thành: trong tháng 2 năm 2027.", "2027-02-26", "tháng 2 năm 2027")]
    public async Task A_labelled_month_without_a_day_is_proposed_as_its_last_working_day_with_a_warning(string sentence, string due, string written)
    {
        var item = await OnlyItemOfAsync(sentence);

        Assert.Contains($"| {due} | grassroots | văn bản chỉ ghi \"{written}\" (không có ngày)", item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH Số 96-CV/ĐUK Yên Bái, ngày 26 tháng 11 năm 2026 Kính gửi: Đảng bộ Sở Y tế; Đảng bộ Ngân hàng Nhà nước. Thực hiện Kế hoạch số 12-KH/BTGTU, Ban Thường vụ Đảng ủy Khối đề nghị các đơn vị gửi báo cáo A trước ngày 15/12/2026. Nơi nhận: - Như trên; - Lưu VP.")]
    [InlineData("ĐẢNG UỶ KHỐI Số 96-CV/ĐUK Yên Bái, ngày 26 tháng 11 năm 2026 Kính gửi: Đảng bộ Sở Y tế; Đảng bộ Ngân hàng Nhà nước Căn cứ Kế hoạch số 12-KH/BTGTU, đề nghị các đơn vị gửi báo cáo A trước ngày 15/12/2026. Nơi nhận: Như trên; Lưu: VP")]
    [InlineData("ĐẢNG UỶ KHỐI\nSố 96-CV/ĐUK\nYên Bái, ngày 26 tháng 11 năm 2026\nKính gửi:\n- Đảng bộ Sở Y tế;\n- Đảng bộ Ngân hàng Nhà nước;\n- Lưu VP.\nĐề nghị các đơn vị gửi báo cáo A trước ngày 15/12/2026.")]
    public async Task A_letter_on_one_line_is_addressed_only_to_the_units_of_its_kinh_gui(string letter)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var item = Assert.Single(await ItemsOfAsync(bot, letter));
        var reply = (await bot.SayAsync(BotHarness.Admin, "/congvan " + letter)).Text();

        Assert.Equal("Báo cáo A | 2026-12-15 | units:SYT,NHNN | ", item);
        Assert.DoesNotContain("Lưu", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("BTGTU;", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_one_line_letters_first_sentence_does_not_take_the_units_of_its_kinh_gui_and_drops_none()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        const string Letter = "ĐẢNG ỦY KHỐI Số 215-CV/ĐUK Yên Bái, ngày 25 tháng 11 năm 2026 V/v gửi báo cáo chuyên đề Kính gửi: - Đảng bộ Sở Y tế; - Đảng bộ Trường Cao đẳng; - Chi bộ Báo Yên Bái Căn cứ Hướng dẫn số 20-HD/BTGTU, Ban Thường vụ Đảng ủy Khối đề nghị các đơn vị gửi báo cáo chuyên đề trước ngày 16/12/2026.";

        var item = Assert.Single(await ItemsOfAsync(bot, Letter));

        Assert.StartsWith("Báo cáo chuyên đề | 2026-12-16 | units:SYT,BAOYB unmatched:Đảng bộ Trường Cao đẳng | ", item, StringComparison.Ordinal);
    }

    private const string Plan2024 = "ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH\nSố 5-KH/ĐUK\nYên Bái, ngày 25 tháng 3 năm 2024\n";

    [Theory]
    [InlineData("Các chi, đảng bộ cơ sở gửi báo cáo A trước ngày 10/4/2025.", "nếu là năm 2024, gõ \"sửa 1 trước 10/4/2024\"")]
    [InlineData("Các chi, đảng bộ cơ sở gửi báo cáo A chậm nhất ngày 20/1/2025.", "kiểm tra lại năm")]
    [InlineData("Các chi, đảng bộ cơ sở gửi báo cáo A chậm nhất ngày 30/11/2024.", null)]
    public async Task A_due_date_in_another_year_far_after_the_letter_is_warned_with_the_letters_year_offered(string sentence, string? warning)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var item = Assert.Single(await ItemsOfAsync(bot, Plan2024 + sentence));

        if (warning is null)
        {
            Assert.DoesNotContain("hơn 6 tháng", item, StringComparison.Ordinal);
            return;
        }

        Assert.Contains("cách ngày văn bản 25/3/2024 hơn 6 tháng", item, StringComparison.Ordinal);
        Assert.Contains(warning, item, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_already_past_is_never_offered_a_move_to_the_working_day_before()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var letter = Plan2024 + "Các chi, đảng bộ cơ sở gửi báo cáo B trước ngày 1/9/2024.";

        var item = Assert.Single(await ItemsOfAsync(bot, letter));
        await bot.SayAsync(BotHarness.Admin, "/congvan " + letter);
        var created = (await bot.SayAsync(BotHarness.Admin, "tạo 1 dù hạn đã qua")).Text();

        Assert.Contains("hạn 1/9/2024 đã qua", item, StringComparison.Ordinal);
        Assert.DoesNotContain("ngày nghỉ", item, StringComparison.Ordinal);
        Assert.Contains("Đã giao 1 việc", created, StringComparison.Ordinal);
        Assert.DoesNotContain("30/8/2024", created, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sửa 1 tên Báo cáo D đầy đủ")]
    [InlineData("sửa 1 cho SYT")]
    [InlineData("sửa 1 trước 11/12/2026")]
    public async Task The_second_date_of_an_item_is_still_named_after_an_edit(string edit)
    {
        await using var bot = await ProposalHarness.ProposingAsync(Today, Header + "Hạn nộp báo cáo D: 10/12/2026 (bản mềm) và 18/12/2026 (bản giấy).");

        var reply = (await bot.SayAsync(BotHarness.Admin, edit)).Text();

        Assert.Contains("Đã sửa mục 1", reply, StringComparison.Ordinal);
        Assert.Contains("văn bản còn ghi ngày 18/12/2026 (bản giấy), chưa dùng", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    public async Task The_same_letter_sent_again_while_waiting_keeps_its_proposal_numbers_and_edits(string trailing)
    {
        await using var bot = await ProposingThreeAsync();
        await bot.SayAsync(BotHarness.Admin, "sửa 2 tên Kế hoạch công tác năm 2027");

        var again = (await bot.SayAsync(BotHarness.Admin, "/congvan " + Header + ThreeItems + trailing)).Text();
        var created = (await bot.SayAsync(BotHarness.Admin, "tạo 2")).Text();

        Assert.Contains("giữ đề xuất đang chờ cùng các sửa đổi", again, StringComparison.Ordinal);
        Assert.DoesNotContain("mục 4", again, StringComparison.Ordinal);
        Assert.DoesNotContain("được thay bằng", again, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch công tác năm 2027", created, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_letter_of_the_same_number_with_another_date_still_replaces_the_waiting_one()
    {
        await using var bot = await ProposingThreeAsync();

        var again = (await bot.SayAsync(BotHarness.Admin, "/congvan " + Header.Replace("ngày 26", "ngày 27", StringComparison.Ordinal) + ThreeItems)).Text();

        Assert.Contains("được thay bằng đề xuất này", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answering_not_yet_to_a_duplicate_question_keeps_the_proposal_without_asking_for_a_date()
    {
        await using var bot = await ProposingThreeAsync();
        await bot.SayAsync(BotHarness.Admin, "tạo 1");
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Header.Replace("95-CV", "97-CV", StringComparison.Ordinal) + ThreeItems);
        var asked = (await bot.SayAsync(BotHarness.Admin, "tạo 4")).Text();

        var held = (await bot.SayAsync(BotHarness.Admin, "chưa tạo")).Text();

        Assert.Contains("Đã có việc đang mở", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("Sửa hạn", held, StringComparison.Ordinal);
        Assert.Contains("Đề xuất vẫn chờ", held, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Created_items_are_named_as_proposal_items_leading_to_deadlines()
    {
        await using var bot = await ProposingThreeAsync();
        await bot.SayAsync(BotHarness.Admin, "tạo 3");

        var reply = (await bot.SayAsync(BotHarness.Admin, "tạo 3")).Text();

        Assert.Contains("mục 3 → đã tạo việc #1", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("(việc #", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thoi")]
    [InlineData("thôi")]
    [InlineData("huy")]
    [InlineData("0")]
    public async Task Congvan_waiting_for_the_file_is_left_with_the_usual_words(string word)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan");

        var left = (await bot.SayAsync(BotHarness.Admin, word)).Text();

        Assert.Contains("không chờ công văn nữa", left, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sửa 2, 3 trước 20/12/2026", "Đã sửa mục 2")]
    [InlineData("sua 2 va 3 truoc 20/12/2026", "Đã sửa mục 3")]
    [InlineData("sửa 1 và 2 trước 20/12/2026", "/suahan")]
    [InlineData("sửa 2 và 9 trước 20/12/2026", "mục 2, 3")]
    [InlineData("sửa 2, 3 tên Báo cáo chung", "Đã sửa mục 3")]
    [InlineData("sửa 2, 3 cho SYT", "Đã sửa mục 3")]
    public async Task Editing_several_items_never_gives_an_empty_reply(string edit, string expected)
    {
        await using var bot = await ProposingThreeAsync();
        await bot.SayAsync(BotHarness.Admin, "tạo 1");

        var reply = (await bot.SayAsync(BotHarness.Admin, edit)).Text();

        Assert.Contains(expected, reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_day_just_passed_for_several_items_asks_once_for_all_of_them()
    {
        await using var bot = await ProposingThreeAsync();

        var asked = (await bot.SayAsync(BotHarness.Admin, "sửa 2 và 3 trước 20/11")).Text();
        var edited = (await bot.SayAsync(BotHarness.Admin, "3")).Text(); // 3: next year (2 is "Không" in every question)

        Assert.Contains("Sửa hạn mục 2, 3", asked, StringComparison.Ordinal);
        Assert.Contains("Đã sửa mục 2", edited, StringComparison.Ordinal);
        Assert.Contains("Đã sửa mục 3", edited, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(edited, "Hạn: Thứ Bảy, 20/11/2027"));
    }

    [Fact]
    public async Task Editing_a_created_item_with_a_waiting_one_says_the_waiting_one_was_not_edited()
    {
        await using var bot = await ProposingThreeAsync();
        await bot.SayAsync(BotHarness.Admin, "tạo 1");

        var reply = (await bot.SayAsync(BotHarness.Admin, "sửa 1 và 2 trước 20/12/2026")).Text();

        Assert.Contains("Mục 2 chưa sửa", reply, StringComparison.Ordinal);
    }
}
