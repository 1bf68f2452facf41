using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>
/// Due dates a clerk reads without thinking (clerk15's round): a weekday after the date, a date
/// weeks before the letter, a year a year out, a period given as the time to finish, a table pasted on one line.
/// </summary>
public sealed class LetterDueDateReadingTests : ClerkRound
{
    [Theory]
    [InlineData("Đề nghị các đơn vị gửi báo cáo A trước ngày 15/12/2026 (thứ Hai).")]
    [InlineData("Đề nghị các đơn vị gửi báo cáo A chậm nhất ngày 15/12/2026, thứ Hai.")]
    [InlineData("TT\tNội dung\tThời hạn\n1\tBáo cáo A\t15/12/2026 (thứ Hai)\n")]
    public async Task A_weekday_written_after_the_due_date_that_it_does_not_fall_on_is_warned_naming_both(string body)
    {
        var item = await OnlyItemOfAsync(body);

        Assert.StartsWith("Báo cáo A | 2026-12-15 | grassroots | ", item, StringComparison.Ordinal);
        Assert.Contains("văn bản ghi thứ hai, nhưng 15/12/2026 là Thứ Ba; thứ hai gần nhất là 14/12/2026", item, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weekday_written_after_the_due_date_that_it_falls_on_is_not_warned()
    {
        var item = await OnlyItemOfAsync("Đề nghị các đơn vị gửi báo cáo A trước ngày 15/12/2026 (thứ Ba).");

        Assert.Equal("Báo cáo A | 2026-12-15 | grassroots | ", item);
    }

    [Theory]
    [InlineData("trước ngày 10/11/2026", "văn bản ghi 10/11/2026, sớm hơn ngày văn bản 30/11/2026: đề xuất 10/12/2026 (có thể ghi nhầm tháng); nếu là năm sau, gõ \"sửa 1 trước 10/11/2027\"")]
    [InlineData("trước ngày 5 tháng 11 năm 2026", "văn bản ghi 5/11/2026, sớm hơn ngày văn bản 30/11/2026: đề xuất 5/12/2026 (có thể ghi nhầm tháng); nếu là năm sau, gõ \"sửa 1 trước 5/11/2027\"")]
    public async Task A_due_date_weeks_before_the_letter_is_read_as_a_month_slip_with_next_year_offered(string due, string warning)
    {
        var item = await OnlyItemOfAsync($"Các đơn vị gửi báo cáo A {due}.");

        Assert.Contains(warning, item, StringComparison.Ordinal);
        Assert.DoesNotContain("2027-", item, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_due_year_a_year_after_a_current_letter_is_read_in_the_letters_year_and_the_letters_date_is_not_blamed()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var item = await OnlyItemOfAsync("Các đơn vị gửi báo cáo A trước ngày 15/12/2027.");

        var reply = (await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + "Các đơn vị gửi báo cáo A trước ngày 15/12/2027.")).Text();

        Assert.StartsWith("Báo cáo A | 2026-12-15 | grassroots | văn bản ghi 15/12/2027, cách ngày văn bản 30/11/2026 hơn 1 năm: đề xuất 15/12/2026 (năm của văn bản); nếu đúng là năm 2027, gõ \"sửa 1 trước 15/12/2027\"", item, StringComparison.Ordinal);
        Assert.DoesNotContain("ghi nhầm năm", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Từ ngày 01/12 đến ngày 20/12/2026", "2026-12-20")]
    [InlineData("01/12 - 18/12/2026", "2026-12-18")]
    public async Task A_period_given_as_the_time_to_finish_a_table_row_is_due_at_its_end_and_said_so(string cell, string due)
    {
        var item = await OnlyItemOfAsync("TT\tNội dung\tĐơn vị thực hiện\tThời gian hoàn thành\n1\tKế hoạch năm 2027\tCác chi, đảng bộ cơ sở\t" + cell + "\n");

        Assert.StartsWith($"Kế hoạch năm 2027 | {due} | grassroots | thời gian hoàn thành ghi \"{cell}\": đề xuất ngày cuối", item, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_in_prose_is_still_no_deadline()
    {
        var items = await ItemsOfAsync(ToGrassroots + "Đợt thi đua diễn ra từ ngày 01/12/2026 đến ngày 20/12/2026.\nCác đơn vị gửi báo cáo A trước ngày 15/12/2026.");

        Assert.Equal("Báo cáo A | 2026-12-15 | grassroots | ", Assert.Single(items));
    }

    private const string OneLineHeader = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH Số 335-KH/ĐUK Yên Bái, ngày 30 tháng 11 năm 2026 Kính gửi: Các chi, đảng bộ cơ sở; các đoàn thể khối. TT Nội dung Đơn vị thực hiện Thời hạn ";

    [Theory]
    [InlineData("1 Báo cáo tổng kết Các chi, đảng bộ cơ sở 15/12/2026 2 Hồ sơ đề nghị khen thưởng Sở Y tế, Sở Tư pháp ngày 24 tháng 12 năm 2026 3 Báo cáo tự kiểm tra Sở Tư pháp 21/12/2026",
        "Hồ sơ đề nghị khen thưởng | 2026-12-24 | units:SYT,STP", "Báo cáo tự kiểm tra | 2026-12-21 | units:STP")]
    [InlineData("1 Báo cáo tổng kết Các chi, đảng bộ cơ sở 15/12/2026 2 Đăng ký mô hình Dân vận khéo năm 2027 Các chi bộ Tháng 1/2027 3 Báo cáo tự kiểm tra Sở Tư pháp 21/12/2026",
        "Đăng ký mô hình Dân vận khéo năm 2027 | 2027-01-29 | kind:ChiBo", "Báo cáo tự kiểm tra | 2026-12-21 | units:STP")]
    [InlineData("1 Báo cáo tổng kết Các chi, đảng bộ cơ sở 15/12/2026 2 Kế hoạch năm 2027 Các chi, đảng bộ cơ sở Từ ngày 01/12 đến ngày 20/12/2026 3 Báo cáo tự kiểm tra Sở Tư pháp 21/12/2026",
        "Kế hoạch năm 2027 | 2026-12-20 | grassroots", "Báo cáo tự kiểm tra | 2026-12-21 | units:STP")]
    public async Task A_table_pasted_on_one_line_ends_each_row_at_its_due_cell_in_words_a_month_or_a_period(string rows, string second, string third)
    {
        var items = await ItemsOfAsync(OneLineHeader + rows);

        Assert.Equal(3, items.Count);
        Assert.StartsWith("Báo cáo tổng kết | 2026-12-15 | grassroots", items[0], StringComparison.Ordinal);
        Assert.StartsWith(second, items[1], StringComparison.Ordinal);
        Assert.StartsWith(third, items[2], StringComparison.Ordinal);
        // The letter's date is its own, not a row's due date written in words.
        Assert.DoesNotContain(items, i => i.Contains("ngày văn bản", StringComparison.Ordinal));
    }
}
