using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A caption in shorthand ("bc 6 thang") names a deadline whose title says "ở cơ sở 6 tháng" as a status reply does:
/// "sở" (an office) is no "số" (a number's mark), so the title's "6" counts and the caption's "6" is no other period.
/// </summary>
public sealed class CaptionOfficeNumberTests
{
    [Theory]
    [InlineData("moi1.docx", "bc 6 thang")]
    [InlineData("bc6thang.docx", "bao cao 6 thang dau nam 2025")]
    [InlineData("p1.jpg", "bc 6 thang trang 1")]
    [InlineData("scan.pdf", "em gửi báo cáo 6 tháng ạ")]
    public async Task A_caption_naming_the_half_year_report_files_under_it(string name, string caption)
    {
        await using var bot = await BotHarness.CreateAsync();
        var halfYear = await bot.AssignAsync("Báo cáo kết quả thực hiện QCDC ở cơ sở 6 tháng đầu năm 2025 trước ngày 15/6/2025 cho STNMT");
        await bot.AssignAsync("Kế hoạch thực hiện QCDC ở cơ sở năm 2024 trước ngày 29/11/2024 cho STNMT");
        await bot.AssignAsync("Tổng kết năm 2024 trước ngày 15/1/2025 cho STNMT");
        var secretary = await bot.RegisterSecretaryAsync("STNMT");

        var reply = await bot.SendFileAsync(secretary, name, [1, 2, 3], caption);

        Assert.Contains("Biên nhận", reply.Text(), StringComparison.Ordinal);
        var unit = await bot.UnitAsync("STNMT");
        Assert.NotNull(await bot.Get<SubmissionStore>().LatestAsync(unit.Id, halfYear.Id));
    }
}
