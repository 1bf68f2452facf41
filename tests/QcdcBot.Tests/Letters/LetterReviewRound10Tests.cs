using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>The tenth fresh-eyes round on /congvan: a clerk's letters, read on Tuesday 1/12/2026.</summary>
public sealed class LetterReviewRound10Tests : ClerkRound
{
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

    [Fact]
    public async Task A_letter_sent_again_marks_each_item_tao_would_call_a_duplicate()
    {
        const string Body = "Các đơn vị gửi báo cáo A trước 17 giờ ngày 15/12/2026.";
        await using var bot = await ProposingAsync(Body);
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");

        var again = (await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + Body)).Text();

        Assert.Contains("⚠️ trùng với việc #1", again, StringComparison.Ordinal);
    }
}
