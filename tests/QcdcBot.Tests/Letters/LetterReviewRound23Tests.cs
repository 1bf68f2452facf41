using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>
/// The twenty-third round on /congvan: "các đơn vị còn lại" in a letter to the chi, đảng bộ and the đoàn thể alike, and
/// "sửa N cho" with a full name beside a short one.
/// </summary>
public sealed class LetterReviewRound23Tests : ClerkRound
{
    private const string Top = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH YÊN BÁI\nSố 1943-CV/ĐUK\nYên Bái, ngày 30 tháng 11 năm 2026\n\n";

    private const string TheRest = "1. Các đơn vị gửi báo cáo tổng kết công tác dân vận năm 2026 trước ngày 18/12/2026.\n"
        + "2. Đảng bộ Sở Y tế, Đảng bộ Cục Thuế tỉnh gửi danh sách mô hình điểm trước ngày 10/12/2026, các đơn vị còn lại gửi trước ngày 15/12/2026.";

    [Theory]
    [InlineData("Kính gửi: Các chi, đảng bộ cơ sở (trừ Chi bộ Báo Yên Bái); các đoàn thể khối.", "76 − 2 = 74 đơn vị")]
    [InlineData("Kính gửi: Các chi, đảng bộ cơ sở; các đoàn thể khối.", "77 − 2 = 75 đơn vị")]
    public async Task The_remaining_units_of_a_letter_to_every_group_leave_out_only_the_units_named(string addressees, string rest)
    {
        foreach (var proposal in await ProposedEveryWayAsync(Top + addressees + "\n\n" + TheRest))
        {
            Assert.Contains("   Đơn vị: " + rest + " (", proposal, StringComparison.Ordinal);
            Assert.DoesNotContain("chưa có đơn vị nào", proposal, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("sửa 1 cho Cao đẳng Yên Bái, BHXH tỉnh", "CDYB, BHXH")]
    [InlineData("sửa 1 cho Cao đẳng Yên Bái và BHXH tỉnh", "CDYB, BHXH")]
    [InlineData("sửa 1 cho Cao đẳng Yên Bái, Sở VH, TT&DL", "CDYB, SVHTTDL")]
    [InlineData("sửa 1 cho BHXH tỉnh; Cao đẳng Yên Bái", "BHXH, CDYB")]
    public async Task An_edit_of_units_reads_a_name_that_works_alone_beside_a_short_one(string edit, string codes)
    {
        await using var bot = await ProposingAsync("Các đơn vị gửi báo cáo A trước ngày 15/12/2026.");

        var edited = (await bot.SayAsync(BotHarness.Admin, edit)).Text();

        Assert.Contains("Đã sửa mục 1", edited, StringComparison.Ordinal);
        Assert.All(codes.Split(", "), code => Assert.Contains($"({code})", edited, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_edit_naming_a_name_of_several_units_beside_another_lists_them()
    {
        await using var bot = await ProposingAsync("Các đơn vị gửi báo cáo A trước ngày 15/12/2026.");

        var edited = (await bot.SayAsync(BotHarness.Admin, "sửa 1 cho Trường Cao đẳng, Sở Ngoại giao")).Text();

        Assert.All("CDN, CDYB, CDSP, Mục 1 chưa sửa".Split(", "), part => Assert.Contains(part, edited, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_edit_while_two_letters_wait_names_the_letter_of_the_item_edited()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + LetterReviewRound3Tests.Letter("913", "Các chi, đảng bộ cơ sở gửi báo cáo năm 2026 trước ngày 17/12/2026."));
        await bot.SayAsync(BotHarness.Admin, "/congvan " + LetterReviewRound3Tests.Letter("955", "Các chi, đảng bộ cơ sở gửi báo cáo chuyên đề trước ngày 18/12/2026."));

        var edited = (await bot.SayAsync(BotHarness.Admin, "sửa 1 trước 21/12/2026")).Text();

        Assert.Contains("Đã sửa mục 1 (Công văn số 913-CV/ĐUK):", edited, StringComparison.Ordinal);
    }
}
