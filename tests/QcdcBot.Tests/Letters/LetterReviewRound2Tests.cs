using System.Text;
using Microsoft.Extensions.DependencyInjection;
using QcdcBot.Bot.Hosting;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>The second fresh-eyes round on /congvan and the congvan CLI: encodings, duplicates, dates that do not exist.</summary>
public sealed class LetterReviewRound2Tests
{
    // Sunday 29/11/2026, the clerk's "today".
    private static readonly DateTimeOffset Today = new(2026, 11, 29, 3, 0, 0, TimeSpan.Zero);

    private const string Letter1801 =
        "ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH\tĐẢNG CỘNG SẢN VIỆT NAM\n" +
        "Số 1801-CV/ĐUK\tYên Bái, ngày 20 tháng 11 năm 2026\n" +
        "Đề nghị các chi, đảng bộ cơ sở gửi báo cáo sơ kết công tác dân vận trước ngày 15/12/2026.\n";

    [Fact]
    public async Task A_windows_1258_text_letter_is_refused_with_how_to_save_it_as_utf8_and_the_command_line_fails()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        // "Báo cáo sơ kết" with Windows-1258's single-byte ơ (0xF5) and combining sắc (0xEC).
        byte[] windows1258 = [.. "De nghi cac chi bo gui Ba"u8, 0xEC, .. "o ca"u8, 0xEC, .. "o s"u8, 0xF5, .. " ke"u8, 0xEC, .. "t truoc ngay 15/12/2026.\n"u8];
        var file = Path.Combine(bot.Folder, "cv.txt");
        await File.WriteAllBytesAsync(file, windows1258);

        var chat = await bot.SendFileAsync(BotHarness.Admin, "cv.txt", windows1258, "/congvan");
        var output = new StringWriter();
        var code = await CommandLineTools.RunAsync(["congvan", file, "--create", "--Storage:Path", bot.DatabasePath], output, b => b.Services.AddSingleton<TimeProvider>(bot.Time));

        Assert.Contains("không phải UTF-8", chat.Text(), StringComparison.Ordinal);
        Assert.Contains("chọn \"UTF-8\"", chat.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Không thấy hạn nộp", chat.Text(), StringComparison.Ordinal);
        Assert.Equal(1, code);
        Assert.Contains("không phải UTF-8", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(true));
    }

    [Fact]
    public async Task A_utf16_text_letter_with_its_bom_is_read()
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var proposal = await bot.SendFileAsync(BotHarness.Admin, "cv.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Letter1801)], "/congvan");

        Assert.Contains("Công văn số 1801-CV/ĐUK, ngày 20/11/2026", proposal.Text(), StringComparison.Ordinal);
        Assert.Contains("Tìm thấy 1 hạn nộp", proposal.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_a_letter_twice_on_the_command_line_skips_the_duplicates_unless_allowed_and_names_the_earlier_deadlines()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var file = Path.Combine(bot.Folder, "1801.txt");
        await File.WriteAllTextAsync(file, Letter1801);
        void Clock(Microsoft.Extensions.Hosting.IHostApplicationBuilder b) => b.Services.AddSingleton<TimeProvider>(bot.Time);

        var first = await CommandLineTools.RunAsync(["congvan", file, "--create", "--Storage:Path", bot.DatabasePath], new StringWriter(), Clock);
        var id = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(true)).Id;
        var again = new StringWriter();
        var secondCode = await CommandLineTools.RunAsync(["congvan", file, "--create", "--Storage:Path", bot.DatabasePath], again, Clock);

        Assert.Equal(0, first);
        Assert.Equal(1, secondCode);
        Assert.Contains($"Công văn số 1801-CV/ĐUK đã tạo việc #{id} trước đây", again.ToString(), StringComparison.Ordinal);
        Assert.Contains($"Không tạo mục 1 (trùng việc #{id})", again.ToString(), StringComparison.Ordinal);
        Assert.Single(await bot.Get<DeadlineStore>().ListAsync(true));

        var allowed = await CommandLineTools.RunAsync(["congvan", file, "--create", "--allow-duplicate", "--Storage:Path", bot.DatabasePath], new StringWriter(), Clock);
        Assert.Equal(0, allowed);
        Assert.Equal(2, (await bot.Get<DeadlineStore>().ListAsync(true)).Count);
    }

    [Fact]
    public async Task Creating_a_duplicate_in_chat_asks_first_and_creates_only_when_confirmed()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter1801);
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");
        var id = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(true)).Id;

        var proposal = await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter1801);
        var asked = await bot.SayAsync(BotHarness.Admin, "tạo tất cả");

        Assert.Contains($"Công văn số 1801-CV/ĐUK đã tạo việc #{id} trước đây", proposal.Text(), StringComparison.Ordinal);
        Assert.Contains($"mục 1 (trùng việc #{id})", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(["Vẫn tạo, dù trùng", "Không, chưa tạo"], asked.Last().Choices.Select(c => c.Label));
        Assert.Single(await bot.Get<DeadlineStore>().ListAsync(true));

        var created = await bot.PressAsync(BotHarness.Admin, asked.Last().Choices[0].Payload);
        Assert.Contains("Đã giao 1 việc", created.Text(), StringComparison.Ordinal);
        Assert.Equal(2, (await bot.Get<DeadlineStore>().ListAsync(true)).Count);
    }

    [Fact]
    public async Task An_item_whose_date_does_not_exist_stays_waiting_after_the_others_are_created()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter1801 + "Các chi, đảng bộ cơ sở gửi kế hoạch năm 2027 trước ngày 31/4/2027.\n");

        var created = await bot.SayAsync(BotHarness.Admin, "tạo tất cả");
        var edited = await bot.SayAsync(BotHarness.Admin, "sửa 2 trước 29/4/2027");
        var second = await bot.SayAsync(BotHarness.Admin, "tạo 2");

        Assert.Contains("Đã giao 1 việc", created.Text(), StringComparison.Ordinal);
        Assert.Contains("Còn chờ: mục 2", created.Text(), StringComparison.Ordinal);
        Assert.Contains("Đã sửa mục 2", edited.Text(), StringComparison.Ordinal);
        Assert.Contains("Đã giao 1 việc", second.Text(), StringComparison.Ordinal);
        Assert.Equal(2, (await bot.Get<DeadlineStore>().ListAsync(true)).Count);
    }

    [Fact]
    public async Task The_command_line_with_allow_past_does_not_advise_adding_it()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var file = Path.Combine(bot.Folder, "1720.txt");
        await File.WriteAllBytesAsync(file, LetterFiles.SeedBytes(LetterFiles.Letter1720));

        var output = new StringWriter();
        await CommandLineTools.RunAsync(["congvan", file, "--create", "--allow-past", "--Storage:Path", bot.DatabasePath], output, b => b.Services.AddSingleton<TimeProvider>(bot.Time));

        Assert.DoesNotContain("thêm --allow-past", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("--allow-past: vẫn tạo các mục này", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(
        "Các đơn vị gồm: Sở Xây dựng, Công ty CP Xây dựng giao thông Yên Bái, Trung tâm Kiểm định xây dựng tỉnh gửi báo cáo trước 21/12/2026.",
        "Đảng bộ Sở Xây dựng (SXD), Đảng bộ Công ty CP Xây dựng giao thông Yên Bái (XDGT), Chi bộ Trung tâm Kiểm định xây dựng tỉnh (KTXD)")]
    [InlineData(
        "Các đơn vị gồm: Ngân hàng Nhà nước, Sở Xây dựng, Công ty ABC gửi báo cáo trước 21/12/2026.",
        "Đảng bộ Ngân hàng Nhà nước (NHNN), Đảng bộ Sở Xây dựng (SXD); chưa khớp: \"Công ty ABC\"")]
    [InlineData(
        "Các đơn vị gồm: Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Yên Bái và Sở Y tế gửi báo cáo trước 21/12/2026.",
        "Đảng bộ Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Yên Bái (AGRI), Đảng bộ Sở Y tế (SYT)")]
    [InlineData(
        "Đề nghị Ngân hàng Nhà nước và Sở Y tế gửi báo cáo sơ kết trước 20/12/2026.",
        "Đảng bộ Ngân hàng Nhà nước (NHNN), Đảng bộ Sở Y tế (SYT)")]
    [InlineData(
        "Đề nghị Đoàn Thanh niên Khối gửi báo cáo trước ngày 15/12/2026.",
        "Đoàn Thanh niên Khối (DTN)")]
    public async Task Units_named_in_a_sentence_are_all_kept_matched_or_listed_and_a_verb_inside_a_name_does_not_cut_it(string sentence, string units)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var proposal = await bot.SayAsync(BotHarness.Admin, "/congvan " + sentence);

        Assert.Contains($"   Đơn vị: {units}\n", proposal.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_break_inside_a_sentence_keeps_its_title_and_units_in_docx_and_txt()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        const string Wrapped = "Các đơn vị gồm: Ngân hàng Nhà nước, Sở Y tế gửi báo cáo tổng kết công tác dân vận năm 2026";
        var docx = await bot.SendFileAsync(BotHarness.Admin, "cv.docx", LetterFiles.Docx(Letter1801 + Wrapped + "\vtrước ngày 08/01/2027.\n"), "/congvan");
        var txt = await bot.SendFileAsync(BotHarness.Admin, "cv.txt", Encoding.UTF8.GetBytes(Letter1801 + "Các đơn vị gồm: Ngân hàng Nhà nước,\r\nSở Y tế gửi báo cáo tổng kết công tác dân vận\r\nnăm 2026 trước ngày 08/01/2027.\r\n"), "/congvan");

        foreach (var proposal in new[] { docx, txt })
        {
            Assert.Contains("2. Báo cáo tổng kết công tác dân vận năm 2026\n", proposal.Text(), StringComparison.Ordinal);
            Assert.Contains("   Đơn vị: Đảng bộ Ngân hàng Nhà nước (NHNN), Đảng bộ Sở Y tế (SYT)\n", proposal.Text(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Edits_ask_about_a_day_just_passed_apply_units_given_with_a_date_and_take_va_as_a_separator()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter1801);

        var asked = await bot.SayAsync(BotHarness.Admin, "sửa 1 trước 20/11");
        Assert.Contains("Ngày 20/11 gần nhất (20/11/2026) đã qua", asked.Text(), StringComparison.Ordinal);
        var both = await bot.SayAsync(BotHarness.Admin, "sửa 1 trước 15/12/2026 cho NHNN");
        var withVa = await bot.SayAsync(BotHarness.Admin, "sua 1 cho ngan hang nha nuoc va so y te");
        var alone = await bot.SayAsync(BotHarness.Admin, "sửa 1");

        Assert.Contains("Hạn: Thứ Ba, 15/12/2026", both.Text(), StringComparison.Ordinal);
        Assert.Contains("Đơn vị: Đảng bộ Ngân hàng Nhà nước (NHNN)\n", both.Text(), StringComparison.Ordinal);
        Assert.Contains("Đơn vị: Đảng bộ Ngân hàng Nhà nước (NHNN), Đảng bộ Sở Y tế (SYT)\n", withVa.Text(), StringComparison.Ordinal);
        Assert.Contains("Sửa mục 1 thế nào? Ví dụ: \"sửa 1 trước 15/12/2026\"", alone.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_answer_hint_uses_the_proposals_own_item_and_a_date_ahead_and_ranges_create()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var proposal = await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter1801 + "Các chi, đảng bộ cơ sở gửi kế hoạch năm 2027 trước ngày 20/12/2026.\n");

        var created = await bot.SayAsync(BotHarness.Admin, "tạo 1-2");

        Assert.Contains("\"tạo 1,2\" để giao việc; sửa trước khi tạo: \"sửa 1 trước 15/12/2026\"", proposal.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("30/10/2024", proposal.Text(), StringComparison.Ordinal);
        Assert.Contains("Đã giao 2 việc", created.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pasted_letter_too_long_is_told_the_real_limit()
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var refused = await bot.SayAsync(BotHarness.Admin, "/congvan " + new string('a', 15_925));

        Assert.Contains("ngắn hơn 8000 ký tự", refused.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("2000", refused.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1. Về việc tổng kết thực hiện dân chủ ở cơ sở năm 2026\nCác chi, đảng bộ cơ sở gửi báo cáo tổng kết trước ngày 15/12/2026.\n", "Báo cáo tổng kết thực hiện dân chủ ở cơ sở năm 2026")]
    [InlineData("2. Về việc đăng ký mô hình Dân vận khéo năm 2027\nCác chi, đảng bộ cơ sở gửi đăng ký mô hình trước ngày 15/12/2026.\n", "Đăng ký mô hình Dân vận khéo năm 2027")]
    [InlineData("3. Về việc sơ kết công tác dân vận năm 2026\nBáo cáo sơ kết\ttrước ngày 15/12/2026\n", "Báo cáo sơ kết")]
    public async Task A_title_does_not_repeat_the_words_it_shares_with_its_heading_and_a_table_row_keeps_its_own(string body, string title)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var proposal = await bot.SendFileAsync(BotHarness.Admin, "cv.txt", Encoding.UTF8.GetBytes(Letter1801.Replace("Đề nghị các chi, đảng bộ cơ sở gửi báo cáo sơ kết công tác dân vận trước ngày 15/12/2026.\n", "", StringComparison.Ordinal) + body), "/congvan");

        Assert.Contains($"1. {title}\n", proposal.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Holding_a_proposal_names_the_item_whose_date_has_passed()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter1801 + "Các chi, đảng bộ cơ sở gửi danh sách trước ngày 25/11/2026.\n");
        var asked = await bot.SayAsync(BotHarness.Admin, "tạo tất cả");

        // "2" is "Không, chưa tạo" (the narrower "Chỉ tạo mục 1" is 3).
        var held = await bot.PressAsync(BotHarness.Admin, asked.Last().Choices[1].Payload);

        Assert.Contains("Sửa hạn: \"sửa 2 trước 29/12/2026\"", held.Text(), StringComparison.Ordinal);
    }
}
