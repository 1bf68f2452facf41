using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>An edit of several items refused: every item it named is said to be unchanged, not only the first.</summary>
public sealed class LetterEditRefusalTests
{
    private static readonly DateTimeOffset Today = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("sửa 2, 3 trước 31/4/2027", "Mục 2, 3 chưa sửa")]
    [InlineData("sửa 1,3 trước 30/2/2027", "Mục 1, 3 chưa sửa")]
    public async Task A_date_that_does_not_exist_for_several_items_names_them_all(string edit, string said)
    {
        await using var bot = await ProposalHarness.ProposingAsync(Today, "ĐẢNG ỦY KHỐI\nSố 292-CV/ĐUK\nYên Bái, ngày 30 tháng 11 năm 2026\n\nCác đơn vị gửi báo cáo A trước ngày 15/12/2026.\nCác đơn vị gửi báo cáo B trước ngày 16/12/2026.\nCác đơn vị gửi báo cáo C trước ngày 21/12/2026.");

        var reply = (await bot.SayAsync(BotHarness.Admin, edit)).Text();

        Assert.Contains(said, reply, StringComparison.Ordinal);
    }
}
