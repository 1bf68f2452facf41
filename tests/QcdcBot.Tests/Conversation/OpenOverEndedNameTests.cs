using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A deadline given twice (a double /giao, the spare cancelled) or closed and given again: words naming it mean the open
/// one the unit owes, on every path (status reply, caption, file name, extension request), and the ended one of the same
/// name is never said, asked about or refused over. Today is Sunday 20/10/2024.
/// </summary>
public sealed class OpenOverEndedNameTests
{
    private const string Title = "Tổng kết công tác dân vận năm 2024";

    private static async Task<(BotHarness Bot, long OpenId, string Secretary)> TwiceGivenAsync(string end)
    {
        var bot = await BotHarness.CreateAsync();
        var ended = await bot.AssignAsync($"{Title} trước ngày 15/11/2024");
        await bot.AssignAsync("Kế hoạch kiểm tra giám sát năm 2025 trước ngày 20/11/2024");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/{end} #{ended.Id}");
        var open = await bot.AssignAsync($"{Title} trước ngày 30/11/2024");
        return (bot, open.Id, await bot.RegisterSecretaryAsync("NHNN"));
    }

    [Theory]
    [InlineData("huyhan", "ben em dang lam tong ket dan van nhe")]
    [InlineData("huyhan", "Đang làm tổng kết công tác dân vận ạ")]
    [InlineData("donghan", "dang lam tk dan van 2024")]
    [InlineData("donghan", "bên em đang hoàn thiện tổng kết dân vận")]
    public async Task A_status_reply_naming_it_is_recorded_on_the_open_one(string end, string said)
    {
        var (bot, openId, secretary) = await TwiceGivenAsync(end);
        await using var _ = bot;

        var reply = (await bot.SayAsync(secretary, said)).Text();

        Assert.DoesNotContain("đã hủy", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("đã đóng", reply, StringComparison.Ordinal);
        var note = Assert.Single(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("NHNN")).Id));
        Assert.Equal(openId, note.DeadlineId);
        Assert.Equal(StatusState.InProgress, note.State);
    }

    [Theory]
    [InlineData("huyhan", "scan.pdf", "tong ket dan van 2024 a")]
    [InlineData("huyhan", "tong-ket-dan-van.docx", "")]
    [InlineData("donghan", "bao-cao.pdf", "Tổng kết dân vận")]
    public async Task A_file_named_for_it_by_caption_or_file_name_is_filed_on_the_open_one(string end, string name, string caption)
    {
        var (bot, openId, secretary) = await TwiceGivenAsync(end);
        await using var _ = bot;

        var reply = (await bot.SendFileAsync(secretary, name, [3, 1, 4, 1, 5], caption)).Text();

        Assert.Contains("Biên nhận", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("đã hủy", reply, StringComparison.Ordinal);
        Assert.NotNull(await bot.Get<SubmissionStore>().LatestAsync((await bot.UnitAsync("NHNN")).Id, openId));
    }

    [Theory]
    [InlineData("huyhan", "xin gia han tong ket dan van den 5/12 vi chua hop chi bo")]
    [InlineData("donghan", "cho bên em lùi hạn tổng kết dân vận thêm 3 ngày")]
    public async Task An_extension_request_naming_it_asks_for_the_open_one(string end, string said)
    {
        var (bot, openId, secretary) = await TwiceGivenAsync(end);
        await using var _ = bot;

        var reply = (await bot.SayAsync(secretary, said)).Text();

        Assert.DoesNotContain("đã hủy", reply, StringComparison.Ordinal);
        Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(openId));
    }

    [Fact]
    public async Task The_cancelled_one_is_still_said_when_no_open_deadline_fits()
    {
        var (bot, openId, secretary) = await TwiceGivenAsync("huyhan");
        await using var _ = bot;
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/huyhan #{openId}");

        var reply = (await bot.SayAsync(secretary, "dang lam tong ket dan van")).Text();

        Assert.Contains("đã hủy", reply, StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("status_notes"));
    }
}
