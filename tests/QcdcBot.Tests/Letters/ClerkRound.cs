using System.Text;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>
/// The arrange block the fresh-eyes rounds share: a clerk's letter to the grassroots units, dated Monday 30/11/2026 and
/// read on Tuesday 1/12/2026, as a proposal's items or a bot with it waiting.
/// </summary>
public abstract class ClerkRound
{
    private protected static readonly DateTimeOffset Today = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private protected const string ToGrassroots = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH YÊN BÁI\nSố 280-CV/ĐUK\nYên Bái, ngày 30 tháng 11 năm 2026\n\nKính gửi: Các chi, đảng bộ cơ sở.\n\n";

    /// <summary>Each item of <paramref name="letter"/> as <see cref="ProposalHarness.DescribeAsync"/> writes it.</summary>
    private protected static async Task<IReadOnlyList<string>> ItemsOfAsync(string letter)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        return await ProposalHarness.DescribeAsync(bot, await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(letter)));
    }

    /// <summary>A bot with <paramref name="body"/> under <see cref="ToGrassroots"/> proposed and waiting.</summary>
    private protected static Task<BotHarness> ProposingAsync(string body) => ProposalHarness.ProposingAsync(Today, ToGrassroots + body);

    private protected static async Task<string> OnlyItemOfAsync(string body) => Assert.Single(await ItemsOfAsync(ToGrassroots + body));
}
