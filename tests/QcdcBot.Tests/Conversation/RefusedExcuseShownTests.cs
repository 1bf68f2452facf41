using QcdcBot.Storage.Statuses;

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

        await OwedAfterRefusalViews.AssertNamedApartFromSilenceAsync(bot, deadline, "không phát sinh — không được chấp nhận", "Q");

        var tasks = (await bot.SayAsync(secretary, "/viec")).Text();
        Assert.Contains("không được chấp nhận: vẫn phải nộp", tasks, StringComparison.Ordinal);
    }
}
