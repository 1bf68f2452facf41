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
        await using var bot = await BotHarness.CreateAsync(Today);

        var reply = (await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + body)).Text();

        Assert.Contains("   Đơn vị: " + units + "\n", reply, StringComparison.Ordinal);
    }
}
