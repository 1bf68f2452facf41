using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>The tenth fresh-eyes round on /congvan: a clerk's letters, read on Tuesday 1/12/2026.</summary>
public sealed class LetterReviewRound10Tests : ClerkRound
{
    [Theory]
    [InlineData("Ban Tuyên giáo đề nghị các đơn vị:\n- Gửi báo cáo A trước ngày 10/12/2026;\n- Nộp kế hoạch B chậm nhất ngày 15/12/2026.")]
    [InlineData("Đề nghị các đơn vị sau đây:\n+ Hoàn thành báo cáo A trước ngày 10/12/2026;\n+ Xây dựng kế hoạch B chậm nhất ngày 15/12/2026.")]
    [InlineData("Yêu cầu các đơn vị: a) Gửi báo cáo A trước ngày 10/12/2026; b) Lập kế hoạch B hạn chót 15/12/2026.")]
    public async Task Bullets_that_start_with_a_verb_are_what_the_units_before_the_colon_do(string body)
    {
        var items = await ItemsOfAsync(ToGrassroots + body);

        Assert.Equal(["grassroots", "grassroots"], items.Select(i => i.Split(" | ")[2]));
    }

    [Theory]
    [InlineData("TT\tNội dung\tĐơn vị thực hiện\tThời hạn\n1\tBài dự thi viết\tSở Nội vụ, Sở Tư pháp; Bệnh viện Sản - Nhi tỉnh\ttrong tháng 1/2027\n", "Bài dự thi viết", "units:SNV,STP,BVSN", "2027-01-29")]
    [InlineData("TT\tNội dung\tĐơn vị thực hiện\tThời gian\n1\tBài dự thi tìm hiểu\tBệnh viện Sản - Nhi tỉnh, Trường Chính trị tỉnh\ttrong tháng 1/2027\n", "Bài dự thi tìm hiểu", "units:BVSN,TCT", "2027-01-29")]
    [InlineData("TT\tNội dung\tĐơn vị thực hiện\tThời hạn\n1\tBáo cáo A\tSở Lao động - Thương binh và Xã hội; Sở Y tế\ttrước 18/12/2026\n", "Báo cáo A", "units:SLDTBXH,SYT", "2026-12-18")]
    public async Task A_dash_inside_a_unit_name_in_a_row_keeps_the_unit_and_a_due_phrase_is_never_the_title(string body, string title, string units, string due) =>
        Assert.StartsWith($"{title} | {due} | {units} | ", await OnlyItemOfAsync(body), StringComparison.Ordinal);

    [Theory]
    [InlineData("Đảng bộ Sở KH&ĐT gửi báo cáo A trước ngày 15/12/2026.", "units:SKHDT")]
    [InlineData("Các đơn vị gồm: Sở GD&ĐT; Sở TN&MT gửi báo cáo A trước ngày 15/12/2026.", "units:SGDDT,STNMT")]
    [InlineData("Đề nghị Sở KHĐT và Sở GDĐT gửi báo cáo A trước ngày 15/12/2026.", "units:SKHDT,SGDDT")]
    [InlineData("Đảng bộ Sở LĐ-TB&XH gửi báo cáo A trước ngày 15/12/2026.", "units:SLDTBXH")]
    public async Task A_unit_written_by_its_initials_is_that_unit(string body, string units) =>
        Assert.Equal($"Báo cáo A | 2026-12-15 | {units} | ", await OnlyItemOfAsync(body));

    [Fact]
    public async Task Adding_the_unit_a_short_name_stood_for_clears_it_and_the_rest_stay_said()
    {
        await using var bot = await ProposingAsync("Các đơn vị gồm: Sở Y tế; Sở GD; Sở KH gửi báo cáo A trước ngày 15/12/2026.");

        var edited = (await bot.SayAsync(BotHarness.Admin, "sửa 1 thêm SGDDT")).Text();

        Assert.Contains("(SGDDT)", edited, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Sở GD\"", edited, StringComparison.Ordinal);
        Assert.Contains("chưa khớp đơn vị \"Sở KH\"", edited, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ban Tuyên giáo đề nghị: - Các đơn vị gửi báo cáo A trước ngày 12/12/2026; - Gửi danh sách B trước ngày 16/12/2026; - Các chi bộ gửi nghị quyết C trước 25/12/2026. Nơi nhận: Như trên.")]
    [InlineData("Đề nghị: + Các đơn vị nộp báo cáo A chậm nhất ngày 12/12/2026; + Nộp danh sách B hạn chót 16/12/2026; + Các đoàn thể khối gửi nghị quyết C trước 25/12/2026.")]
    public async Task Each_bullet_of_a_one_line_paste_keeps_its_own_units(string body)
    {
        var items = await ItemsOfAsync(ToGrassroots.ReplaceLineEndings(" ") + body);

        Assert.Equal(3, items.Count);
        Assert.Equal(["grassroots", "grassroots"], items.Take(2).Select(i => i.Split(" | ")[2]));
        Assert.NotEqual("grassroots", items[2].Split(" | ")[2]);
    }

    [Fact]
    public async Task A_lettered_bullet_naming_its_units_keeps_them_to_itself()
    {
        var items = await ItemsOfAsync(ToGrassroots + "Ban Thường vụ Đảng ủy Khối yêu cầu các đơn vị:\na) Gửi báo cáo A trước ngày 18/12/2026.\n"
            + "b) Đảng bộ Sở TN&MT và Chi bộ Sở Ngoại vụ gửi tham luận B trước 15h ngày 22/12/2026.\n"
            + "c) Các đơn vị nghiên cứu, quán triệt Nghị quyết số 05-NQ/ĐUK ngày 1/11/2026, hoàn thành trước 28/12/2026.\n");

        Assert.Equal(["Báo cáo A | 2026-12-18 | grassroots | ", "Tham luận B | 2026-12-22 | units:STNMT,SNGV | ",
            "Nghiên cứu, quán triệt Nghị quyết số 05-NQ/ĐUK | 2026-12-28 | grassroots | "], items);
    }

    [Theory]
    [InlineData("Các đơn vị gửi biểu thống kê số liệu hạn chót 22/12/2026.", "Biểu thống kê số liệu")]
    [InlineData("Sở Tư pháp gửi báo cáo giải trình trước ngày 5/1/2027 và gửi phụ lục số liệu trước ngày 8/1/2027.", "Phụ lục số liệu")]
    [InlineData("Ngày 28/12/2026 là hạn cuối nộp bản đăng ký thi đua năm 2027 của các đoàn thể khối.", "Đăng ký thi đua năm 2027")]
    [InlineData("Đề nghị các đơn vị nghiên cứu, quán triệt Hướng dẫn số 15-HD/BTGTU ngày 20/11/2026, hoàn thành trước 31/12/2026.", "Nghiên cứu, quán triệt Hướng dẫn số 15-HD/BTGTU")]
    [InlineData("Yêu cầu các chi bộ triển khai, thực hiện Kế hoạch số 20-KH/ĐUK, báo cáo kết quả trước ngày 30/12/2026.", "Báo cáo kết quả")]
    public async Task A_title_says_what_is_handed_in_without_the_units_or_the_command(string body, string title) =>
        Assert.Equal(title, (await ItemsOfAsync(ToGrassroots + body))[^1].Split(" | ")[0]);

    [Fact]
    public async Task A_title_with_a_subject_of_its_own_does_not_borrow_the_headings_topic()
    {
        var items = await ItemsOfAsync(ToGrassroots + "1. Về việc tự kiểm tra thực hiện dân chủ ở cơ sở năm 2026\nCác đơn vị xây dựng báo cáo tự kiểm tra trước ngày 14/12/2026.\n"
            + "Hạn nộp báo cáo thi đua: 28/12/2026.\n");

        Assert.Equal(["Báo cáo tự kiểm tra thực hiện dân chủ ở cơ sở năm 2026", "Báo cáo thi đua"], items.Select(i => i.Split(" | ")[0]));
    }

    [Fact]
    public async Task Every_item_due_on_a_day_off_is_asked_about_before_any_is_created()
    {
        await using var bot = await ProposingAsync("Các đơn vị gửi báo cáo A trước ngày 12/12/2026, báo cáo B trước ngày 15/12/2026. Các đơn vị nộp kế hoạch C chậm nhất ngày 20/12/2026.");

        var asked = (await bot.SayAsync(BotHarness.Admin, "tạo tất cả")).Text();
        var deadlinesBefore = await bot.CountAsync("deadlines");
        var created = (await bot.SayAsync(BotHarness.Admin, "1")).Text();

        Assert.Contains("mục 1 (12/12/2026, Thứ Bảy)", asked, StringComparison.Ordinal);
        Assert.Contains("mục 3 (20/12/2026, Chủ nhật)", asked, StringComparison.Ordinal);
        Assert.Equal(0, deadlinesBefore);
        Assert.Contains("Thứ Sáu, 11/12/2026", created, StringComparison.Ordinal);
        Assert.Contains("Thứ Sáu, 18/12/2026", created, StringComparison.Ordinal);
        Assert.Contains("Thứ Ba, 15/12/2026", created, StringComparison.Ordinal);
        Assert.DoesNotContain("ngày nghỉ", created, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_due_on_days_off_can_be_kept_there_when_the_admin_says_so()
    {
        await using var bot = await ProposingAsync("Các đơn vị gửi báo cáo A trước ngày 12/12/2026. Các đơn vị nộp kế hoạch C chậm nhất ngày 20/12/2026.");

        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");
        // 1 moves them, 2 is "Không, chưa tạo", 3 keeps them.
        var created = (await bot.SayAsync(BotHarness.Admin, "3")).Text();

        Assert.Contains("Thứ Bảy, 12/12/2026", created, StringComparison.Ordinal);
        Assert.Contains("Chủ nhật, 20/12/2026", created, StringComparison.Ordinal);
        Assert.Equal(2, await bot.CountAsync("deadlines"));
    }

    [Fact]
    public async Task A_letter_sent_again_marks_each_item_tao_would_call_a_duplicate()
    {
        const string Body = "Các đơn vị gửi báo cáo A trước 17 giờ ngày 15/12/2026.";
        await using var bot = await ProposingAsync(Body);
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");

        var again = (await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + Body)).Text();

        Assert.Contains("⚠️ trùng với việc #1", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_items_some_already_created_names_those_with_their_number_while_asking()
    {
        await using var bot = await ProposingAsync("Sở Y tế và Sở Du lịch gửi báo cáo A trước ngày 15/12/2026. Các đơn vị gửi báo cáo B trước ngày 16/12/2026. Các đơn vị gửi báo cáo C trước ngày 17/12/2026.");
        await bot.SayAsync(BotHarness.Admin, "tạo 2, 3");

        var asked = (await bot.SayAsync(BotHarness.Admin, "tạo 1, 2, 3")).Text();

        Assert.Contains("mục 2 → đã tạo việc #1", asked, StringComparison.Ordinal);
        Assert.Contains("mục 3 → đã tạo việc #2", asked, StringComparison.Ordinal);
        Assert.Contains("Chưa khớp đơn vị: mục 1", asked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các đơn vị gửi bản kiểm điểm tập thể cấp ủy chậm nhất đến ngày 17/12/2026, trước 16h00.", "16:00")]
    [InlineData("Các đơn vị gửi báo cáo A trước ngày 17/12/2026 (trước 10 giờ 30).", "10:30")]
    [InlineData("Các đơn vị nộp báo cáo A hạn chót ngày 17/12/2026, lúc 15h.", "15:00")]
    public async Task An_hour_written_after_the_date_is_the_items_hour(string body, string hour)
    {
        var proposal = await ReplyToAsync(ToGrassroots + body);

        Assert.Contains($"17/12/2026, {hour}", proposal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Units_an_edit_drops_are_counted_past_ten_with_the_first_few_named()
    {
        await using var bot = await ProposingAsync("Các đơn vị gồm: Sở Y tế; Sở Tài chính; Sở Xây dựng; Sở Nội vụ; Sở Tư pháp; Cục Thuế tỉnh; Kho bạc Nhà nước tỉnh; Bảo hiểm xã hội tỉnh; Viettel Yên Bái; Bưu điện tỉnh Yên Bái; Báo Yên Bái; Cục Thống kê tỉnh Yên Bái gửi báo cáo A trước ngày 15/12/2026.");

        var edited = (await bot.SayAsync(BotHarness.Admin, "sửa 1 cho NHNN")).Text();

        Assert.Contains("không còn cho 12 đơn vị: SYT, STC, SXD, SNV, STP và 7 đơn vị khác", edited, StringComparison.Ordinal);
        Assert.DoesNotContain("CTK", edited, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Units_a_letter_takes_out_are_counted_past_ten_with_the_first_few_named()
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var proposal = (await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + "Các đơn vị (trừ Sở Y tế, Sở Tài chính, Sở Xây dựng, Sở Nội vụ, Sở Tư pháp, Cục Thuế tỉnh, "
            + "Kho bạc Nhà nước tỉnh, Bảo hiểm xã hội tỉnh, Viettel Yên Bái, Bưu điện tỉnh Yên Bái, Báo Yên Bái) gửi báo cáo A trước ngày 15/12/2026.")).Text();

        Assert.Contains("Sở Tư pháp (STP) và 6 đơn vị khác)", proposal, StringComparison.Ordinal);
        Assert.DoesNotContain("(BAOYB)", proposal, StringComparison.Ordinal);
    }
}
