using System.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>
/// The set-up shared by the tests of qualified groups in letters: a letter to the grassroots units on 1/12/2026, one
/// item of which names a group the bot cannot tell.
/// </summary>
internal static class QualifiedLetter
{
    public static readonly DateTimeOffset Today = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    public const string ToGrassroots = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH YÊN BÁI\nSố 302-CV/ĐUK\nYên Bái, ngày 30 tháng 11 năm 2026\n\nKính gửi: Các chi, đảng bộ cơ sở.\n\n";

    /// <summary>
    /// Reads the letter with <paramref name="body"/> as its one item, both as a file and pasted after /congvan, checks
    /// that the item gives no unit and lists <paramref name="named"/> as not matched, and returns the pasted proposal.
    /// </summary>
    public static async Task<string> NotMatchedAsync(string body, string named)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var item = Assert.Single((await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(ToGrassroots + body))).Items);
        var proposal = (await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + body)).Text();

        Assert.Equal(DeadlineScope.Units, item.Scope);
        Assert.Empty(item.UnitIds);
        Assert.Equal([named], item.Unmatched);
        Assert.Contains($"chưa khớp đơn vị \"{named}\"", proposal, StringComparison.Ordinal);
        return proposal;
    }
}
