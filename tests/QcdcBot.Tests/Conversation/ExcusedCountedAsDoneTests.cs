using QcdcBot.Bot.Exports;
using QcdcBot.Storage.Statuses;
using QcdcBot.Tests.Exports;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A unit excused ("không có nội dung phát sinh" accepted) owes nothing, so it counts as done in every tally view:
/// the bar, the percentage and the count agree with "đã nộp đủ", and the split (nộp / được miễn) is named.
/// </summary>
public sealed class ExcusedCountedAsDoneTests
{
    [Fact]
    public async Task One_handed_in_and_one_excused_of_two_is_two_of_two_done_in_tinhhinh_hanchot_tonghop_and_the_export()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo vụ việc phát sinh trước ngày 25/10/2024 cho NHNN, CTK");
        await bot.SendFileAsync(await bot.RegisterSecretaryAsync("NHNN"), "bc.pdf", [1]);
        await ExcuseAsync(bot, "CTK", deadline.Id);

        var progress = (await bot.SayAsync(BotHarness.Admin, $"/tinhhinh {deadline.Id}")).Text();
        var list = (await bot.SayAsync(BotHarness.Admin, "/hanchot")).Text();
        var digest = (await bot.SayAsync(BotHarness.Admin, "/tonghop")).Text();

        const string done = "2/2 đơn vị đã xong (100%: 1 nộp, 1 được miễn)";
        Assert.Contains("(đã nộp đủ)", progress, StringComparison.Ordinal);
        Assert.Contains(done, progress, StringComparison.Ordinal);
        Assert.Contains(done, list, StringComparison.Ordinal);
        Assert.Contains("đã nộp đủ", digest, StringComparison.Ordinal);
        Assert.Contains("██████████ 100%", digest, StringComparison.Ordinal);
        Assert.Contains(done, digest, StringComparison.Ordinal);
        foreach (var text in new[] { progress, list, digest })
        {
            Assert.DoesNotContain("50%", text, StringComparison.Ordinal);
            Assert.DoesNotContain("1/2", text, StringComparison.Ordinal);
        }

        using var book = new OpenedWorkbook((await bot.Get<ProgressWorkbook>().BuildAsync([deadline], CancellationToken.None)).Bytes);
        Assert.Equal(1, book.Number("Tổng hợp", "F2"));
        Assert.Equal(1, book.Number("Tổng hợp", "K2"));
        Assert.Equal(2, book.Number("Tổng hợp", "O2"));
        Assert.Equal("100%", book.Text("Tổng hợp", "P2"));
    }

    [Fact]
    public async Task An_excused_unit_beside_two_that_owe_moves_the_bar_and_is_never_called_complete()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch tiếp xúc cử tri trước ngày 30/10/2024 cho NHNN, CTK, TTRA");
        await ExcuseAsync(bot, "TTRA", deadline.Id);

        var progress = (await bot.SayAsync(BotHarness.Admin, $"/tinhhinh #{deadline.Id}")).Text();
        var digest = (await bot.SayAsync(BotHarness.Admin, "tổng hợp")).Text();

        const string done = "1/3 đơn vị đã xong (33%: 0 nộp, 1 được miễn)";
        Assert.Contains(done, progress, StringComparison.Ordinal);
        Assert.DoesNotContain("đã nộp đủ", progress, StringComparison.Ordinal);
        Assert.Contains("███░░░░░░░ 33%", digest, StringComparison.Ordinal);
        Assert.Contains(done, digest, StringComparison.Ordinal);
        Assert.DoesNotContain("đã nộp đủ", digest, StringComparison.Ordinal);
    }

    private static async Task ExcuseAsync(BotHarness bot, string unitCode, long deadlineId)
    {
        var notes = bot.Get<StatusNoteStore>();
        var unit = await bot.UnitAsync(unitCode);
        var note = await notes.AddAsync(unit.Id, deadlineId, StatusState.NothingToReport, "không có nội dung phát sinh", null, "test");
        await notes.AcceptExcuseAsync(note.Id, "test");
    }
}
