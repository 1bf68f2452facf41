using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// /ghinhan by words: every word that is not the unit, the deadline or the received date is the note (who received the
/// paper too), and a cancelled deadline of the same name as the open one is never offered. Today is Sunday 20/10/2024.
/// </summary>
public sealed class PaperNoteWholeTests
{
    [Theory]
    [InlineData("/ghinhan ngan hang nha nuoc danh sach can bo phu trach ban cung, d/c Hoa nhan ngay 18/10/2024", "ban cung, d/c Hoa nhan")]
    [InlineData("/ghinhan NHNN danh sách cán bộ phụ trách bản chính, văn thư đã nhận hôm qua", "bản chính, văn thư đã nhận")]
    [InlineData("/ghinhan NHNN ds can bo phu trach qua email chi Lan nhan 18/10", "qua email chi Lan nhan")]
    public async Task The_note_keeps_who_received_it_and_the_cancelled_twin_is_not_offered(string typed, string note)
    {
        await using var bot = await BotHarness.CreateAsync();
        var spare = await bot.AssignAsync("Danh sách cán bộ phụ trách trước ngày 25/10/2024");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/huyhan #{spare.Id}");
        var open = await bot.AssignAsync("Danh sách cán bộ phụ trách trước ngày 30/10/2024");

        var asked = (await bot.SayAsync(BotHarness.Admin, typed)).Text();
        await bot.SayAsync(BotHarness.Admin, "1");

        Assert.DoesNotContain("đã hủy", asked, StringComparison.Ordinal);
        Assert.Contains($"việc #{open.Id} \"{open.Title}\" ngoài bot", asked, StringComparison.Ordinal);
        Assert.Contains($"ghi chú \"{note}\"", asked, StringComparison.Ordinal);
        var stored = (await bot.Get<SubmissionStore>().LatestAsync((await bot.UnitAsync("NHNN")).Id, open.Id))!;
        Assert.Equal(note, stored.Note);
    }
}
