namespace QcdcBot.Tests.Conversation;

/// <summary>
/// /giao spells the office's shorthand out ("bc" → "báo cáo", "kh" → "kế hoạch") but never inside a document number:
/// "25-KH/TU", "KH/BCĐ", "12/KH-UBND" name a letter and are kept exactly, in the title every view prints.
/// </summary>
public sealed class DocumentNumberTitleTests
{
    [Theory]
    [InlineData("bc sơ kết theo KH số 25-KH/TU trước 20/12/2024", "Báo cáo sơ kết theo kế hoạch số 25-KH/TU")]
    [InlineData("Báo cáo thực hiện Kế hoạch KH/BCĐ năm 2024 trước 15/11/2024", "Báo cáo thực hiện Kế hoạch KH/BCĐ năm 2024")]
    [InlineData("tk thực hiện Nghị quyết 04-NQ/TW và kh 12/KH-UBND trước 30/11/2024", "Tổng kết thực hiện Nghị quyết 04-NQ/TW và kế hoạch 12/KH-UBND")]
    [InlineData("Báo cáo theo Công văn số 1720-CV/ĐUK, bc 6th trước 29/11/2024", "Báo cáo theo Công văn số 1720-CV/ĐUK, báo cáo 6 tháng")]
    public async Task Document_numbers_in_a_title_are_kept_exactly_while_the_shorthand_around_them_is_spelled_out(string typed, string title)
    {
        await using var bot = await BotHarness.CreateAsync();

        var deadline = await bot.AssignAsync(typed);

        Assert.Equal(title, deadline.Title);
        var listed = (await bot.SayAsync(BotHarness.Admin, "/hanchot")).Text();
        Assert.Contains(title, listed, StringComparison.Ordinal);
    }
}
