using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A letter's own sentence pasted into /giao is read as /congvan reads it: the title is the work asked for and the
/// units those named, shown for confirmation; where no short title can be made the bot asks, and the whole sentence
/// is never filed as the title. One line giving units different dates creates nothing and gives one command per date.
/// </summary>
public sealed class GiaoLetterSentenceTests
{
    private static readonly DateTimeOffset Today = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Đảng uỷ Khối đề nghị các chi, đảng bộ cơ sở xây dựng kế hoạch thực hiện QCDC năm 2027, gửi về Ban Tuyên giáo trước ngày 9/4/2027", "Kế hoạch thực hiện QCDC năm 2027")]
    [InlineData("Dang uy Khoi de nghi cac chi, dang bo co so xay dung ke hoach thuc hien QCDC nam 2027, gui ve Ban Tuyen giao truoc ngay 9/4/2027", "Ke hoach thuc hien QCDC nam 2027")]
    [InlineData("Đảng uỷ Khối đề nghị các chi, đảng bộ cơ sở tham gia với thủ trưởng cơ quan, đơn vị xây dựng kế hoạch và tiến hành tự kiểm tra, giám sát thuộc phạm vi, chức năng quản lý; xây dựng báo cáo tự kiểm tra, giám sát gửi về Ban Chỉ đạo Đảng ủy Khối (Qua Ban Tuyên giáo) trước ngày 25/02/2027 để tổng hợp, báo cáo theo quy định.", "Báo cáo tự kiểm tra, giám sát")]
    public async Task A_letter_sentence_becomes_the_work_it_asks_for_once_confirmed(string sentence, string title)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var asked = (await bot.SayAsync(BotHarness.Admin, "/giao " + sentence)).Text();
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync());
        await bot.SayAsync(BotHarness.Admin, "1");

        Assert.Contains($"Tên việc: {title}\n", asked, StringComparison.Ordinal);
        Assert.Contains("Đơn vị: 74 chi, đảng bộ cơ sở", asked, StringComparison.Ordinal);
        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Equal(title, deadline.Title);
        Assert.Equal(DeadlineScope.Grassroots, deadline.Scope);
    }

    [Theory]
    [InlineData("Các đơn vị có tên được Đoàn kiểm tra gồm: Ban Quản lý các khu công nghiệp tỉnh Yên Bái; Cục Thống kê tỉnh Yên Bái, Trường Cao đẳng Yên Bái, tiến hành tự kiểm tra và gửi báo cáo trước 15/12/2026", "trước 15/12/2026 cho BQLKCN, CTK, CDYB")]
    [InlineData("Cac don vi co ten duoc Doan kiem tra gom: Ban Quan ly cac khu cong nghiep tinh Yen Bai; Cuc Thong ke tinh Yen Bai, Truong Cao dang Yen Bai, tien hanh tu kiem tra va gui bao cao truoc 15/12/2026", "truoc 15/12/2026 cho BQLKCN, CTK, CDYB")]
    public async Task A_letter_sentence_with_no_short_title_asks_for_one_keeping_its_units_and_creates_nothing(string sentence, string kept)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var reply = (await bot.SayAsync(BotHarness.Admin, "/giao " + sentence)).Text();
        await bot.SayAsync(BotHarness.Admin, "BQLKCN, CTK, CDYB");

        Assert.Contains($"/giao <tên việc> {kept}", reply, StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
    }

    [Fact]
    public async Task Declining_the_reading_of_a_letter_sentence_creates_nothing()
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        await bot.SayAsync(BotHarness.Admin, "/giao Ban Thường vụ Đảng ủy Khối yêu cầu các chi bộ xây dựng kế hoạch học tập nghị quyết năm 2027 trước ngày 15/1/2027");
        var declined = (await bot.SayAsync(BotHarness.Admin, "2")).Text();

        Assert.Contains("chưa tạo việc nào", declined, StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
    }

    [Theory]
    [InlineData("bc chuyen de cho NHNN trước 15/6/2027; SYT trước 20/6/2027", "/giao bc chuyen de trước 15/6/2027 cho NHNN", "/giao bc chuyen de trước 20/6/2027 cho SYT")]
    [InlineData("Kế hoạch tuyên truyền cho NHNN, SYT trước 10/3/2027, CTK trước 12/3/2027", "/giao Kế hoạch tuyên truyền trước 10/3/2027 cho NHNN, SYT", "/giao Kế hoạch tuyên truyền trước 12/3/2027 cho CTK")]
    [InlineData("Báo cáo kết quả kiểm tra: NHNN trước 15/2/2027 và SYT trước 20/2/2027", "/giao Báo cáo kết quả kiểm tra trước 15/2/2027 cho NHNN", "/giao Báo cáo kết quả kiểm tra trước 20/2/2027 cho SYT")]
    [InlineData("Bao cao nhanh truoc 15/1/2027 cho TTRA; truoc 18/1/2027 cho CTK", "/giao Bao cao nhanh truoc 15/1/2027 cho TTRA", "/giao Bao cao nhanh truoc 18/1/2027 cho CTK")]
    public async Task One_line_giving_units_two_dates_creates_nothing_and_gives_one_command_per_date(string arguments, string first, string second)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var reply = (await bot.SayAsync(BotHarness.Admin, "/giao " + arguments)).Text();

        Assert.Contains("chưa tạo việc nào", reply, StringComparison.Ordinal);
        Assert.Contains(first + "\n", reply, StringComparison.Ordinal);
        Assert.EndsWith(second, reply, StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
    }
}
