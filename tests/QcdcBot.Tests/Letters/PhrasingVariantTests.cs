using System.Text;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>Letters written the ways the office writes deadlines, read on the letter's date (Wednesday 2/10/2024).</summary>
public sealed class PhrasingVariantTests
{
    private const string Header = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH\nSố 312-CV/ĐUK\n\tYên Bái, ngày 02 tháng 10 năm 2024\n\tKính gửi: Các chi, đảng bộ cơ sở\n";

    [Theory]
    [InlineData("Các chi, đảng bộ cơ sở gửi báo cáo sơ kết công tác dân vận năm 2024 về Ban Tuyên giáo chậm nhất ngày 15/11/2024.",
        "Báo cáo sơ kết công tác dân vận năm 2024 | 2024-11-15 | grassroots | ")]
    [InlineData("Các chi, đảng bộ cơ sở, đoàn thể khối gửi bản đăng ký mô hình “Dân vận khéo” năm 2025 trước ngày 5 tháng 11 năm 2024.",
        "Đăng ký mô hình “Dân vận khéo” năm 2025 | 2024-11-05 | all | ")]
    [InlineData("Các đoàn thể khối nộp danh sách đoàn viên dự tập huấn năm 2024, hạn chót 21/10.",
        "Danh sách đoàn viên dự tập huấn năm 2024 | 2024-10-21 | kind:DoanThe | ")]
    [InlineData("Các chi, đảng bộ cơ sở nộp danh sách đảng viên dự tập huấn năm 2024, hạn chót 20/10.",
        "Danh sách đảng viên dự tập huấn năm 2024 | 2024-10-20 | grassroots | 20/10/2024 là ngày nghỉ (Chủ nhật)")]
    [InlineData("Các chi, đảng bộ cơ sở gửi kế hoạch tuyên truyền năm 2025 trước ngày 10/01.",
        "Kế hoạch tuyên truyền năm 2025 | 2025-01-10 | grassroots | ")]
    [InlineData("Đề nghị các đơn vị gồm: Sở Y tế; Sở Tư pháp, Ngân hàng Nhà nước và Trường Chính trị tỉnh gửi báo cáo giải trình trước ngày 30/10/2024.",
        "Báo cáo giải trình | 2024-10-30 | units:SYT,STP,NHNN,TCT | ")]
    [InlineData("Các đơn vị sau: Sở Y tế, Công ty Cổ phần Chè Liên Sơn xây dựng báo cáo khắc phục trước ngày 30/10/2024.",
        "Báo cáo khắc phục | 2024-10-30 | units:SYT unmatched:Công ty Cổ phần Chè Liên Sơn | chưa khớp đơn vị \"Công ty Cổ phần Chè Liên Sơn\"; sửa bằng \"sửa 1 cho <mã đơn vị>, …\"")]
    [InlineData("Các chi, đảng bộ cơ sở hoàn thành kế hoạch năm 2025 trước ngày 31/4/2025.",
        "Kế hoạch năm 2025 | none | grassroots | ngày trong \"trước ngày 31/4/2025\" không có thật; sửa bằng \"sửa 1 trước <ngày>\"")]
    [InlineData("Các chi, đảng bộ cơ sở gửi báo cáo chuyên đề năm 2024 trước ngày 15/11/2042.",
        "Báo cáo chuyên đề năm 2024 | 2024-11-15 | grassroots | văn bản ghi 15/11/2042, năm 2042 không hợp với văn bản ngày 2/10/2024: đề xuất 15/11/2024")]
    [InlineData("Tính đến ngày 30/9/2024 đã có 40/74 chi, đảng bộ cơ sở nộp báo cáo; Kế hoạch số 171-KH/BDVTU, ngày 25/3/2024 thực hiện từ ngày 01/10/2023 đến hết ngày 30/9/2024.",
        null)]
    public async Task Each_phrasing_gives_its_deadline(string sentence, string? expected)
    {
        await using var bot = await OnLetterDateAsync();

        var draft = await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(Header + sentence));

        Assert.Equal(expected is null ? [] : [expected], await ProposalHarness.DescribeAsync(bot, draft));
    }

    [Fact]
    public async Task Two_deadlines_in_one_sentence_are_two_items_with_their_own_titles()
    {
        await using var bot = await OnLetterDateAsync();
        const string Sentence = "Các chi, đảng bộ cơ sở gửi báo cáo sơ kết 6 tháng trước ngày 16/6/2025 và báo cáo tổng kết năm trước ngày 15/12/2025.";

        var draft = await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(Header + Sentence));

        // Titles, dates and units; the dates in the year after the letter carry a warning of their own.
        Assert.Equal(
            ["Báo cáo sơ kết 6 tháng | 2025-06-16 | grassroots", "Báo cáo tổng kết năm | 2025-12-15 | grassroots"],
            (await ProposalHarness.DescribeAsync(bot, draft)).Select(d => string.Join(" | ", d.Split(" | ")[..3])));
    }

    [Fact]
    public async Task A_deadline_in_a_table_cell_is_read_with_its_row()
    {
        await using var bot = await OnLetterDateAsync();
        var docx = LetterFiles.Docx(Header + "Các chi, đảng bộ cơ sở thực hiện các nội dung sau:\nĐề nghị các đơn vị thực hiện đúng thời hạn.",
            tableRowsAfterLine: ["STT\tNội dung\tThời hạn", "1\tBáo cáo kết quả thực hiện QCDC quý IV\tTrước ngày 20/12/2024"], afterLine: 5);

        var draft = await ProposalHarness.ProposeAsync(bot, "cv.docx", docx);

        Assert.Equal(["Báo cáo kết quả thực hiện QCDC quý IV | 2024-12-20 | grassroots | "], await ProposalHarness.DescribeAsync(bot, draft));
    }

    [Fact]
    public async Task A_letter_in_NFD_throughout_gives_the_same_proposal_as_in_NFC()
    {
        await using var bot = await SeedProposalTests.OnLetterDateAsync(LetterFiles.Letter1720);
        var nfc = LetterFiles.Seed(LetterFiles.Letter1720).Normalize(NormalizationForm.FormC);

        var fromNfc = await ProposalHarness.ProposeAsync(bot, "a.txt", Encoding.UTF8.GetBytes(nfc));
        var fromNfd = await ProposalHarness.ProposeAsync(bot, "b.txt", Encoding.UTF8.GetBytes(nfc.Normalize(NormalizationForm.FormD)));

        Assert.Equal(await ProposalHarness.DescribeAsync(bot, fromNfc), await ProposalHarness.DescribeAsync(bot, fromNfd));
        Assert.Equal(2, fromNfd.Items.Count);
        Assert.Equal(fromNfc.Header, fromNfd.Header);
        Assert.All(fromNfd.Items, i => Assert.True(i.Title.IsNormalized(NormalizationForm.FormC)));
    }

    private static Task<BotHarness> OnLetterDateAsync() => BotHarness.CreateAsync(new DateTimeOffset(2024, 10, 2, 3, 0, 0, TimeSpan.Zero));
}
