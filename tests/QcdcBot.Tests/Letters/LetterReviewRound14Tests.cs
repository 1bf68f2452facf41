using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>The fourteenth round on /congvan: addressees listed with commas and "và", units of a clause named, pasted letters read as files.</summary>
public sealed class LetterReviewRound14Tests : ClerkRound
{
    private const string Header = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH\nSố 362-CV/ĐUK\nV/v hồ sơ thi đua năm 2026\nYên Bái, ngày 30 tháng 11 năm 2026\n";

    [Theory]
    [InlineData("Chi bộ Trung tâm Dịch vụ việc làm tỉnh, Đảng bộ Công ty Thủy điện Thác Bà và Đảng bộ Sở Xây dựng.", "units:SXD unmatched:Chi bộ Trung tâm Dịch vụ việc làm tỉnh;Đảng bộ Công ty Thủy điện Thác Bà")]
    [InlineData("Chi bộ Trung tâm Dịch vụ việc làm tỉnh; Đảng bộ Công ty Thủy điện Thác Bà; Đảng bộ Sở Xây dựng.", "units:SXD unmatched:Chi bộ Trung tâm Dịch vụ việc làm tỉnh;Đảng bộ Công ty Thủy điện Thác Bà")]
    [InlineData("Đảng bộ Sở Y tế và Đảng bộ Công ty cổ phần Đầu tư xây dựng và thương mại Yên Bái, Chi bộ Báo Yên Bái.", "units:SYT,BAOYB unmatched:Đảng bộ Công ty cổ phần Đầu tư xây dựng và thương mại Yên Bái")]
    [InlineData("Chi bộ Trung tâm Dịch vụ hỗ trợ phát triển doanh nghiệp, Đảng bộ Sở Văn hóa, Thể thao và Du lịch và Ban Quản lý rừng phòng hộ.", "units:SVHTTDL unmatched:Chi bộ Trung tâm Dịch vụ hỗ trợ phát triển doanh nghiệp;Ban Quản lý rừng phòng hộ")]
    public async Task Every_addressee_that_matches_no_unit_is_listed_whatever_separates_them(string addressees, string scope)
    {
        var body = "Kính gửi: " + addressees + "\nBan Tuyên giáo đề nghị các đơn vị gửi hồ sơ thi đua trước ngày 11/12/2026.";

        var onLines = Assert.Single(await ItemsOfAsync(Header + body)).Split(" | ")[2];
        var oneLine = Assert.Single(await ItemsOfAsync((Header + body).Replace('\n', ' '))).Split(" | ")[2];

        Assert.Equal(scope, onLines);
        Assert.Equal(scope, oneLine);
    }

    [Theory]
    [InlineData("Đảng bộ Sở Y tế, Trung tâm Dịch vụ việc làm tỉnh và Công ty Thủy điện Thác Bà gửi báo cáo chuyên đề trước ngày 15/12/2026.", "units:SYT unmatched:Trung tâm Dịch vụ việc làm tỉnh;Công ty Thủy điện Thác Bà")]
    public async Task A_unit_named_in_a_sentence_that_matches_no_unit_is_listed(string body, string scope) =>
        Assert.Equal(scope, (await OnlyItemOfAsync(body)).Split(" | ")[2]);

    [Theory]
    [InlineData("Đảng bộ Ngân hàng Nhà nước, Agribank Yên Bái và Sở KH&ĐT gửi báo cáo chuyên đề dân vận chậm nhất đến ngày 23-12-2026; riêng Chi bộ Báo Yên Bái gửi trước ngày 21/12/2026.", "Đảng bộ Ngân hàng Nhà nước (NHNN), Đảng bộ Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Yên Bái (AGRI), Đảng bộ Sở Kế hoạch và Đầu tư (SKHDT)")]
    [InlineData("Đảng bộ Sở Y tế và Chi bộ Báo Yên Bái nộp kế hoạch A trước ngày 18/12/2026, riêng Đảng bộ Sở Tư pháp nộp trước ngày 22/12/2026.", "Đảng bộ Sở Y tế (SYT), Chi bộ Báo Yên Bái (BAOYB)")]
    public async Task Units_named_before_a_unit_set_apart_are_named_in_the_item(string body, string units)
    {
        var reply = await ReplyToAsync(ToGrassroots + body);

        Assert.Contains("   Đơn vị: " + units + "\n", reply, StringComparison.Ordinal);
    }

    private const string Subjected = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH\nSố 315-CV/ĐUK\nV/v SUBJECT\nYên Bái, ngày 27 tháng 11 năm 2026\nKính gửi: Các chi, đảng bộ cơ sở.\n";

    [Theory]
    [InlineData("báo cáo kết quả khắc phục sau kiểm tra", "I. NỘI DUNG\nTính đến ngày 15/11/2026 đã có 2/3 đơn vị gửi báo cáo.\nII. TỔ CHỨC THỰC HIỆN\nCác đơn vị gửi báo cáo về Ban Tuyên giáo trước ngày 10/12/2026.",
        "Báo cáo kết quả khắc phục sau kiểm tra | 2026-12-10")]
    [InlineData("sơ kết công tác tuyên giáo năm 2026", "1. Mục đích\nNắm tình hình.\nIII. TRÁCH NHIỆM THỰC HIỆN\nĐề nghị các đơn vị nộp báo cáo hạn chót 18/12/2026.",
        "Báo cáo sơ kết công tác tuyên giáo năm 2026 | 2026-12-18")]
    [InlineData("báo cáo tổng kết công tác dân vận năm 2026", "1. Về việc báo cáo tổng kết\nĐề nghị các đơn vị gửi báo cáo về Ban Tuyên giáo trước ngày 16/12/2026.",
        "Báo cáo tổng kết công tác dân vận năm 2026 | 2026-12-16")]
    [InlineData("hồ sơ thi đua năm 2026", "2. Về việc hồ sơ thi đua\nCác đơn vị nộp hồ sơ trước ngày 21/12/2026.",
        "Hồ sơ thi đua năm 2026 | 2026-12-21")]
    [InlineData("thực hiện một số nhiệm vụ cuối năm 2026", "2. Về việc kiểm tra, giám sát việc thực hiện dân chủ ở cơ sở năm 2026\nCác đơn vị được kiểm tra gửi báo cáo tự kiểm tra trước ngày 17/12/2026.",
        "Báo cáo tự kiểm tra thực hiện dân chủ ở cơ sở năm 2026 | 2026-12-17")]
    [InlineData("thực hiện một số nhiệm vụ cuối năm 2026", "6. Chi bộ Báo Yên Bái gửi trước ngày 21/12/2026 báo cáo A.\n7. Hạn cuối nộp hồ sơ thi đua là ngày 24/12.\n8. Các đơn vị gửi báo cáo B trước ngày 10/12/2026.",
        "Báo cáo A | 2026-12-21", "Hồ sơ thi đua | 2026-12-24", "Báo cáo B | 2026-12-10")]
    [InlineData("thực hiện một số nhiệm vụ cuối năm 2026", "1. Các đơn vị gửi danh sách đảng viên trước ngày 20/12. 2. Các chi bộ gửi báo cáo C trước ngày 22/12/2026.",
        "Danh sách đảng viên | 2026-12-20", "Báo cáo C | 2026-12-22")]
    public async Task A_letter_pasted_on_one_line_gives_the_items_and_titles_of_its_file(string subject, string body, params string[] expected)
    {
        var letter = Subjected.Replace("SUBJECT", subject, StringComparison.Ordinal) + body;

        var file = await ItemsOfAsync(letter);
        var pasted = await ItemsOfAsync(letter.Replace('\n', ' '));

        Assert.Equal(expected, file.Select(i => string.Join(" | ", i.Split(" | ")[..2])));
        Assert.Equal(file, pasted);
    }

    [Theory]
    [InlineData("II. TỔ CHỨC THỰC HIỆN\nCác đơn vị gửi báo cáo về Ban Tuyên giáo trước ngày 10/12/2026.", "Các đơn vị gửi")]
    [InlineData("2. Về việc kiểm tra, giám sát năm 2026\nĐề nghị các đơn vị gửi báo cáo tự kiểm tra trước ngày 17/12/2026.", "Đề nghị các")]
    public async Task The_sentence_quoted_from_a_pasted_letter_starts_after_its_heading(string body, string start)
    {
        var reply = await ReplyToAsync((ToGrassroots + body).Replace('\n', ' '));

        Assert.Contains("Câu gốc: \"" + start, reply, StringComparison.Ordinal);
    }
    [Theory]
    [InlineData(new[] { "tạo 1", "tạo 2" }, "tạo 1", new[] { "mục 1 → đã tạo việc #" })]
    [InlineData(new[] { "tạo tất cả" }, "tạo 2", new[] { "mục 2 → đã tạo việc #" })]
    [InlineData(new[] { "tạo 2", "tạo 1" }, "tạo tất cả", new[] { "mục 1 → đã tạo việc #", "mục 2 → đã tạo việc #" })]
    public async Task Creating_again_after_every_item_was_created_says_what_each_became(string[] before, string again, string[] said)
    {
        await using var bot = await ProposingAsync("Các đơn vị gửi báo cáo A trước ngày 15/12/2026. Các chi bộ gửi kế hoạch B trước ngày 18/12/2026.");
        foreach (var answer in before)
        {
            await bot.SayAsync(BotHarness.Admin, answer);
        }

        var reply = (await bot.SayAsync(BotHarness.Admin, again)).Text();

        Assert.StartsWith("Đã tạo từ trước: ", reply, StringComparison.Ordinal);
        Assert.All(said, s => Assert.Contains(s, reply, StringComparison.Ordinal));
    }
    [Theory]
    [InlineData("Các đơn vị (trừ Đảng bộ Sở Ngoại giao) gửi báo cáo tổng kết trước ngày 16/12/2026.", "Đảng bộ Sở Ngoại giao")]
    [InlineData("Các đơn vị (trừ Chi bộ Trung tâm Dịch vụ việc làm tỉnh) nộp danh sách đảng viên trước ngày 18/12/2026.", "Chi bộ Trung tâm Dịch vụ việc làm tỉnh")]
    public async Task The_command_line_allowed_unmatched_creates_for_the_group_a_name_to_take_out_that_matched_nothing(string body, string name)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var file = Path.Combine(bot.Folder, "cv.txt");
        await File.WriteAllTextAsync(file, ToGrassroots + body);
        void Clock(Microsoft.Extensions.Hosting.IHostApplicationBuilder b) => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<TimeProvider>(b.Services, bot.Time);
        var output = new StringWriter();

        var code = await QcdcBot.Bot.Hosting.CommandLineTools.RunAsync(["congvan", file, "--create", "--allow-unmatched", "--Storage:Path", bot.DatabasePath], output, Clock);

        Assert.Equal(0, code);
        Assert.Equal(1, await bot.CountAsync("deadlines"));
        Assert.Contains($"Mục 1: \"{name}\" chưa khớp đơn vị nào nên không trừ ra ai", output.ToString(), StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH Số 363-CV/ĐUK V/v gửi hồ sơ thi đua năm 2026 Yên Bái, ngày 30 tháng 11 năm 2026 Kính gửi: Các chi, đảng bộ cơ sở. Các đơn vị gửi hồ sơ trước ngày 11/12/2026.", "30 tháng 11 năm 2026")]
    [InlineData("ĐẢNG ỦY KHỐI Số 364-CV/ĐUK V/v nộp báo cáo tổng kết Lục Yên, ngày 28/11/2026 Kính gửi: Các chi bộ. Các chi bộ nộp báo cáo trước ngày 12/12/2026.", "28/11/2026")]
    public async Task The_letters_own_date_pasted_on_one_line_is_never_a_skipped_deadline(string letter, string date)
    {
        var reply = await ReplyToAsync(letter);

        Assert.DoesNotContain($"\"{date}\": có ngày sau", reply, StringComparison.Ordinal);
        Assert.Contains("1. ", reply, StringComparison.Ordinal);
    }
}
