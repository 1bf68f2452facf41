using System.Text;
using Microsoft.Extensions.DependencyInjection;
using QcdcBot.Bot.Hosting;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>
/// The letters fixture the fresh-eyes rounds share: a clerk's letter to the grassroots units, dated Monday 30/11/2026 and
/// read on Tuesday 1/12/2026, as a proposal's items, the reply to it pasted after /congvan, a bot with it waiting, or
/// the proposal each way the office gives it (pasted, a .docx, the command line).
/// </summary>
public abstract class ClerkRound
{
    private protected static readonly DateTimeOffset Today = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private protected const string ToGrassroots = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH YÊN BÁI\nSố 280-CV/ĐUK\nYên Bái, ngày 30 tháng 11 năm 2026\n\nKính gửi: Các chi, đảng bộ cơ sở.\n\n";

    /// <summary>Each item of <paramref name="letter"/> as <see cref="ProposalHarness.DescribeAsync"/> writes it.</summary>
    private protected static Task<IReadOnlyList<string>> ItemsOfAsync(string letter) => ItemsOfFileAsync("cv.txt", Encoding.UTF8.GetBytes(letter));

    /// <summary>Each item of a letter file (a .docx built with <see cref="LetterFiles.Docx"/>) as <see cref="ProposalHarness.DescribeAsync"/> writes it.</summary>
    private protected static async Task<IReadOnlyList<string>> ItemsOfFileAsync(string fileName, byte[] bytes)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        return await ProposalHarness.DescribeAsync(bot, await ProposalHarness.ProposeAsync(bot, fileName, bytes));
    }

    /// <summary>The bot's answer to the admin pasting <paramref name="letter"/> after /congvan.</summary>
    private protected static async Task<string> ReplyToAsync(string letter)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        return (await bot.SayAsync(BotHarness.Admin, "/congvan " + letter)).Text();
    }

    /// <summary>
    /// The proposal for <paramref name="letter"/> each way the office gives it: pasted after /congvan, sent as a .docx
    /// captioned /congvan, and printed by <c>congvan &lt;tệp&gt;</c> on the command line.
    /// </summary>
    private protected static async Task<IReadOnlyList<string>> ProposedEveryWayAsync(string letter)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await using var sent = await BotHarness.CreateAsync(Today);
        var file = Path.Combine(bot.Folder, "cv.txt");
        await File.WriteAllTextAsync(file, letter);
        var output = new StringWriter();
        var code = await CommandLineTools.RunAsync(["congvan", file, "--Storage:Path", bot.DatabasePath], output, b => b.Services.AddSingleton<TimeProvider>(bot.Time));

        Assert.True(code == 0, output.ToString());
        return
        [
            (await bot.SayAsync(BotHarness.Admin, "/congvan " + letter)).Text(),
            (await sent.SendFileAsync(BotHarness.Admin, "cv.docx", LetterFiles.Docx(letter), "/congvan")).Text(),
            output.ToString(),
        ];
    }

    /// <summary>A bot with <paramref name="body"/> under <see cref="ToGrassroots"/> proposed and waiting.</summary>
    private protected static Task<BotHarness> ProposingAsync(string body) => ProposalHarness.ProposingAsync(Today, ToGrassroots + body);

    private protected static async Task<string> OnlyItemOfAsync(string body) => Assert.Single(await ItemsOfAsync(ToGrassroots + body));

    /// <summary><paramref name="body"/> under <see cref="ToGrassroots"/>, numbered <paramref name="number"/> ("2051-CV").</summary>
    private protected static string Numbered(string number, string body) => ToGrassroots.Replace("280-CV", number, StringComparison.Ordinal) + body;

    /// <summary>The one deadline "tạo tất cả" gives from letter <paramref name="number"/> (<paramref name="body"/> under <see cref="ToGrassroots"/>).</summary>
    private protected static async Task<QcdcBot.Storage.Deadlines.Deadline> GivenFromAsync(BotHarness bot, string number, string body)
    {
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Numbered(number, body));
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");
        return Assert.Single(await bot.Get<QcdcBot.Storage.Deadlines.DeadlineStore>().ListAsync(false));
    }
}
