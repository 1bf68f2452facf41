using System.Text;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>The sixth fresh-eyes round on /congvan: a clerk's letters, read on Tuesday 1/12/2026.</summary>
public sealed class LetterReviewRound6Tests
{
    private static readonly DateTimeOffset Today = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private const string ToGrassroots = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH YÊN BÁI\nSố 240-CV/ĐUK\nYên Bái, ngày 30 tháng 11 năm 2026\n\nKính gửi: Các chi, đảng bộ cơ sở.\n\n";

    private const string ToThree = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH YÊN BÁI\nSố 270-CV/ĐUK\nYên Bái, ngày 30 tháng 11 năm 2026\n\nKính gửi: Đảng bộ Sở Y tế, Đảng bộ Sở Tài chính và Chi bộ Báo Yên Bái.\n\n";

    private static async Task<IReadOnlyList<string>> ItemsOfAsync(BotHarness bot, string letter) =>
        await ProposalHarness.DescribeAsync(bot, await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(letter)));

    private static async Task<string> OnlyItemOfAsync(string letter)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        return Assert.Single(await ItemsOfAsync(bot, letter));
    }

    [Theory]
    [InlineData("Các đơn vị gửi danh sách đảng viên dự tập huấn về Sở Nội vụ trước ngày 14/12/2026.", "Danh sách đảng viên dự tập huấn | ")]
    [InlineData("Các đơn vị gửi báo cáo tài sản công cho Sở Tài chính trước ngày 14/12/2026.", "Báo cáo tài sản công | ")]
    [InlineData("Các đơn vị phối hợp với Bảo hiểm xã hội tỉnh rà soát danh sách đóng bảo hiểm, gửi kết quả trước ngày 14/12/2026.", "")]
    [InlineData("Các đơn vị nộp báo cáo về Văn phòng Tỉnh ủy (qua Ban Tuyên giáo) trước ngày 14/12/2026.", "Báo cáo | ")]
    [InlineData("Đề nghị các đơn vị gửi kế hoạch năm 2027 về Ngân hàng Nhà nước trước ngày 14/12/2026.", "Kế hoạch năm 2027 | ")]
    [InlineData("Các đơn vị gửi bảng tổng hợp số liệu qua Cục Thuế tỉnh trước ngày 14/12/2026.", "Bảng tổng hợp số liệu | ")]
    public async Task A_unit_named_only_as_where_to_send_or_whom_to_work_with_is_not_the_unit_that_owes_the_paper(string sentence, string title)
    {
        var item = await OnlyItemOfAsync(ToGrassroots + sentence);

        Assert.StartsWith(title, item, StringComparison.Ordinal);
        Assert.Contains("| 2026-12-14 | grassroots | ", item, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sentence_for_the_addressed_units_keeps_them_when_it_names_where_to_send()
    {
        var item = await OnlyItemOfAsync(ToThree + "Đề nghị các đơn vị gửi báo cáo M về Sở Nội vụ trước ngày 14/12/2026.");

        Assert.StartsWith("Báo cáo M | 2026-12-14 | units:SYT,STC,BAOYB | ", item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Đảng bộ Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng dự thảo quy chế phối hợp, hoàn thành trước ngày 14/12/2026.")]
    [InlineData("Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng dự thảo quy chế phối hợp, hoàn thành trước ngày 14/12/2026.")]
    public async Task The_unit_that_leads_owes_the_paper_and_its_partner_does_not(string sentence)
    {
        var item = await OnlyItemOfAsync(ToGrassroots + sentence);

        Assert.StartsWith("Dự thảo quy chế phối hợp | 2026-12-14 | units:SYT | ", item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các đơn vị được kiểm tra gồm: Sở Y tế; Sở Tài chính; Cục Thuế tỉnh. Các đơn vị này gửi báo cáo giải trình trước ngày 16/12/2026.")]
    [InlineData("Các đơn vị được kiểm tra gồm: Sở Y tế; Sở Tài chính; Cục Thuế tỉnh.\nĐề nghị các đơn vị trên gửi báo cáo giải trình trước ngày 16/12/2026.")]
    [InlineData("Đoàn kiểm tra làm việc với các đơn vị sau: Sở Y tế, Sở Tài chính và Cục Thuế tỉnh. Các đơn vị nêu trên gửi báo cáo giải trình trước ngày 16/12/2026.")]
    public async Task These_units_are_the_list_just_before_not_the_letters_addressees(string sentences)
    {
        var item = await OnlyItemOfAsync(ToThree + sentences);

        Assert.StartsWith("Báo cáo giải trình | 2026-12-16 | units:SYT,STC,CTHUE | ", item, StringComparison.Ordinal);
    }

    private const string ThreeNamed = "Các đơn vị gồm: Ngân hàng Nông nghiệp và Phát triển nông thôn, Trường Cao đẳng, Sở Văn hóa, Thể thao và Du lịch gửi báo cáo văn hóa công sở trước ngày 15/12/2026.";

    [Fact]
    public async Task The_hint_for_an_ambiguous_name_keeps_the_units_already_matched()
    {
        var item = await OnlyItemOfAsync(ToGrassroots + ThreeNamed);

        Assert.Contains("chọn một mã, gõ \"sửa 1 cho AGRI, SVHTTDL, <mã>\"", item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sửa 1 cho CDYB", "Lưu ý: mục 1 không còn cho AGRI, SVHTTDL")]
    [InlineData("sửa 1 cho SYT", "Lưu ý: mục 1 không còn cho AGRI, SVHTTDL")]
    public async Task An_edit_that_narrows_the_units_says_which_were_removed(string edit, string said)
    {
        await using var bot = await ProposalHarness.ProposingAsync(Today, ToGrassroots + ThreeNamed);

        var reply = (await bot.SayAsync(BotHarness.Admin, edit)).Text();

        Assert.Contains(said, reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Following_the_hint_keeps_every_unit_and_says_nothing_was_removed()
    {
        await using var bot = await ProposalHarness.ProposingAsync(Today, ToGrassroots + ThreeNamed);

        var reply = (await bot.SayAsync(BotHarness.Admin, "sửa 1 cho AGRI, SVHTTDL, CDN")).Text();

        Assert.Contains("Đã sửa mục 1", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("không còn cho", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Đề nghị Ngân hàng Công thương gửi báo cáo thanh toán trước ngày 16/12/2026.", "units:VTB | ")]
    [InlineData("Đề nghị Ngân hàng Ngoại thương gửi báo cáo thanh toán trước ngày 16/12/2026.", "units:VCB | ")]
    [InlineData("Đề nghị Vietinbank, Ngân hàng Ngoại thương và Agribank gửi báo cáo tín dụng trước ngày 16/12/2026.", "units:VTB,VCB,AGRI | ")]
    [InlineData("Đề nghị Đảng bộ Sở Khoa học Công nghệ gửi báo cáo sáng kiến trước ngày 16/12/2026.", "units:SKHCN | ")]
    public async Task A_name_the_chat_matches_is_matched_in_a_letter_too(string sentence, string scope) =>
        Assert.Contains($"| 2026-12-16 | {scope}", await OnlyItemOfAsync(ToGrassroots + sentence), StringComparison.Ordinal);

    [Fact]
    public async Task A_name_still_not_matched_is_offered_the_nearest_unit()
    {
        var item = await OnlyItemOfAsync(ToGrassroots + "Đề nghị Đảng bộ Sở Khoa học vui gửi báo cáo sáng kiến trước ngày 16/12/2026.");

        Assert.Contains("chưa khớp đơn vị \"Đảng bộ Sở Khoa học vui\"", item, StringComparison.Ordinal);
        Assert.Contains("có phải SKHCN", item, StringComparison.Ordinal);
    }

    private const string Header = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH YÊN BÁI\nSố 250-CV/ĐUK\nYên Bái, ngày 30 tháng 11 năm 2026\n\n";

    [Theory]
    [InlineData("Kính gửi: Các chi bộ trực thuộc.\n\nCác chi bộ gửi biên bản sinh hoạt chuyên đề về Ban Tuyên giáo trước ngày 16/12/2026.", "kind:ChiBo")]
    [InlineData("Kính gửi: Các chi bộ cơ sở.\n\nĐề nghị các đơn vị gửi biên bản sinh hoạt chuyên đề trước ngày 16/12/2026.", "kind:ChiBo")]
    [InlineData("Kính gửi: Các đảng bộ trực thuộc.\n\nĐề nghị các đơn vị gửi biên bản sinh hoạt chuyên đề trước ngày 16/12/2026.", "kind:DangBo")]
    [InlineData("Kính gửi: Các chi, đảng bộ cơ sở.\n\nĐề nghị các đảng bộ cơ sở gửi biên bản sinh hoạt chuyên đề trước ngày 16/12/2026.", "kind:DangBo")]
    [InlineData("Kính gửi: Các chi, đảng bộ cơ sở.\n\nĐề nghị các đơn vị gửi biên bản sinh hoạt chuyên đề trước ngày 16/12/2026.", "grassroots")]
    public async Task A_letter_to_the_chi_bo_only_or_the_dang_bo_only_is_for_that_kind_not_every_unit(string body, string scope) =>
        Assert.Contains($"| 2026-12-16 | {scope} | ", await OnlyItemOfAsync(Header + body), StringComparison.Ordinal);

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo F muộn nhất ngày 15/12/2026.", "Báo cáo F")]
    [InlineData("Các đơn vị gửi báo cáo G không quá ngày 15/12/2026.", "Báo cáo G")]
    [InlineData("Đề nghị các đơn vị nộp kế hoạch năm 2027 muộn nhất là ngày 15/12/2026.", "Kế hoạch năm 2027")]
    public async Task Muon_nhat_and_khong_qua_are_due_dates_like_cham_nhat(string sentence, string title) =>
        Assert.StartsWith($"{title} | 2026-12-15 | grassroots | ", await OnlyItemOfAsync(ToGrassroots + sentence), StringComparison.Ordinal);

    [Theory]
    [InlineData("chưa tạo")]
    [InlineData("Chưa tạo.")]
    public async Task Holding_the_proposal_says_nothing_was_created_once(string answer)
    {
        await using var bot = await ProposalHarness.ProposingAsync(Today, ToGrassroots + "Các đơn vị gửi báo cáo A trước ngày 15/12/2026.");

        var held = (await bot.SayAsync(BotHarness.Admin, answer)).Text();

        Assert.Contains("Đề xuất vẫn chờ (mục 1)", held, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(held, "Chưa tạo việc nào"));
    }
}
