using QcdcBot.Bot.Exports;
using QcdcBot.Storage.Statuses;
using QcdcBot.Tests.Exports;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A refused "không có nội dung phát sinh" is an answer, not silence: every view names it ("không phát sinh — không
/// được chấp nhận") apart from the units that never answered, and the unit still counts as owing.
/// </summary>
public sealed class RefusedExcuseShownTests
{
    [Theory]
    [InlineData("khong co noi dung phat sinh")]
    [InlineData("Dạ đơn vị em không có nội dung phát sinh ạ")]
    public async Task A_refused_nothing_to_report_is_named_apart_from_silence_and_still_owes(string said)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo vụ việc phát sinh trước ngày 25/10/2024 cho NHNN, CTK");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SayAsync(secretary, said);
        var unit = await bot.UnitAsync("NHNN");
        var note = Assert.Single(await bot.Get<StatusNoteStore>().ForUnitAsync(unit.Id));
        Assert.True(await bot.Get<StatusNoteStore>().RefuseExcuseAsync(note.Id, "test:admin"));

        var progress = (await bot.SayAsync(BotHarness.Admin, $"/tinhhinh {deadline.Id}")).Text();
        var digest = (await bot.SayAsync(BotHarness.Admin, "/tonghop")).Text();
        var missing = (await bot.SayAsync(BotHarness.Admin, $"/chuanop {deadline.Id}")).Text();
        var tasks = (await bot.SayAsync(secretary, "/viec")).Text();

        Assert.Contains("• Không phát sinh — không được chấp nhận (vẫn phải nộp): 1", progress, StringComparison.Ordinal);
        Assert.Contains("• Chưa nộp, chưa trả lời: 1", progress, StringComparison.Ordinal);
        Assert.Contains("1 không phát sinh — không được chấp nhận · 1 chưa trả lời", digest, StringComparison.Ordinal);
        Assert.Contains("Còn thiếu (2):", digest, StringComparison.Ordinal);
        Assert.Contains("không phát sinh — không được chấp nhận 1", missing, StringComparison.Ordinal);
        Assert.Contains("chưa trả lời 1", missing, StringComparison.Ordinal);
        Assert.Contains("không được chấp nhận: vẫn phải nộp", tasks, StringComparison.Ordinal);

        using var book = new OpenedWorkbook((await bot.Get<ProgressWorkbook>().BuildAsync([deadline], CancellationToken.None)).Bytes);
        Assert.Equal(2, book.Number("Tổng hợp", "I2"));
        Assert.Equal(1, book.Number("Tổng hợp", "L2"));
        Assert.Equal(1, book.Number("Tổng hợp", "Q2"));
    }
}
