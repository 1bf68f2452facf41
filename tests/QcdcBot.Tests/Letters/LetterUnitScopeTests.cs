using System.Text;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>
/// Whom a letter's deadline is for when the sentence takes units out ("trừ …"), cites another body's document, gives
/// one unit its own date ("riêng …") or lists its units over several lines: clerk round 9, read on Tuesday 1/12/2026.
/// </summary>
public sealed class LetterUnitScopeTests
{
    private static readonly DateTimeOffset Today = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private const string ToGrassroots = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH YÊN BÁI\nSố 290-CV/ĐUK\nYên Bái, ngày 30 tháng 11 năm 2026\n\nKính gửi: Các chi, đảng bộ cơ sở.\n\n";

    private static async Task<IReadOnlyList<string>> ItemsOfAsync(string body)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        return await ProposalHarness.DescribeAsync(bot, await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(ToGrassroots + body)));
    }

    private static async Task<string> ProposalOfAsync(string body)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        return (await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + body)).Text();
    }

    [Theory]
    [InlineData("Các đơn vị (trừ Chi bộ Báo Yên Bái) gửi báo cáo tuyên truyền trên báo chí trước ngày 16/12/2026.", "BAOYB", 1)]
    [InlineData("Các đơn vị, trừ Đảng bộ Sở Y tế và Chi bộ Báo Yên Bái, gửi báo cáo bảo vệ nền tảng tư tưởng trước ngày 16/12/2026.", "SYT,BAOYB", 2)]
    [InlineData("Các chi, đảng bộ cơ sở (ngoại trừ Sở Y tế, Thanh tra tỉnh) nộp báo cáo tuyên truyền trên báo chí trước ngày 16/12/2026.", "SYT,TTRA", 2)]
    [InlineData("Tất cả các đơn vị, không kể Chi bộ Cục Thống kê tỉnh Yên Bái, gửi báo cáo tuyên truyền trên báo chí chậm nhất ngày 16/12/2026.", "CTK", 1)]
    public async Task Units_taken_out_with_tru_are_the_ones_left_out_not_the_ones_asked(string sentence, string codes, int count)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var units = await bot.Get<QcdcBot.Storage.Units.UnitStore>().AllAsync();
        var draft = await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(ToGrassroots + sentence));
        var proposal = (await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + sentence)).Text();

        var item = Assert.Single(draft.Items);
        var excluded = codes.Split(',').Select(c => units.Single(u => u.Code == c).Id).ToList();
        var grassroots = units.Where(u => u.IsGrassroots).ToList();
        Assert.Equal(grassroots.Count - count, item.UnitIds.Count);
        Assert.DoesNotContain(item.UnitIds, excluded.Contains);
        Assert.Empty(item.Unmatched);
        Assert.Contains($"{grassroots.Count} − {count} = {grassroots.Count - count} đơn vị (chi, đảng bộ cơ sở, trừ ", proposal, StringComparison.Ordinal);
        Assert.All(codes.Split(','), code => Assert.Contains($"({code})", proposal, StringComparison.Ordinal));
    }
}
