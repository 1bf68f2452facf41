using System.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>The eighth fresh-eyes round on /congvan: a clerk's letters, read on Tuesday 1/12/2026.</summary>
public sealed class LetterReviewRound8Tests
{
    private static readonly DateTimeOffset Today = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private const string ToGrassroots = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH YÊN BÁI\nSố 281-CV/ĐUK\nYên Bái, ngày 30 tháng 11 năm 2026\n\nKính gửi: Các chi, đảng bộ cơ sở.\n\n";

    private static async Task<IReadOnlyList<string>> ItemsOfAsync(string letter)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        return await ProposalHarness.DescribeAsync(bot, await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(letter)));
    }

    private static Task<BotHarness> ProposingAsync(string body) => ProposalHarness.ProposingAsync(Today, ToGrassroots + body);

    private static async Task<string> OnlyItemOfAsync(string body) => Assert.Single(await ItemsOfAsync(ToGrassroots + body));

    [Theory]
    [InlineData("ĐẢNG ỦY KHỐI\nSố 300-CV/ĐUK\nLào Cai, ngày 27/11/2026\n")]
    [InlineData("ĐẢNG ỦY KHỐI\nSố 300-CV/ĐUK\n\tYên Bái, ngày 27-11-2026.\n")]
    [InlineData("ĐẢNG ỦY KHỐI\nSố 300-CV/ĐUK, ngày 27.11.2026\n")]
    [InlineData("ĐẢNG ỦY KHỐI Số 300-CV/ĐUK Hà Nội, ngày 27/ 11/2026 Kính gửi: Các chi, đảng bộ cơ sở. ")]
    public async Task A_letter_date_written_in_figures_is_read_and_the_year_checks_apply(string head)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var reply = (await bot.SayAsync(BotHarness.Admin, "/congvan " + head + "Các chi, đảng bộ cơ sở gửi báo cáo tổng kết trước ngày 11/12/2025.")).Text();

        Assert.Contains("ngày 27/11/2026", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("không đọc được ngày văn bản", reply, StringComparison.Ordinal);
        Assert.Contains("11/12/2026", reply, StringComparison.Ordinal);
    }
}
