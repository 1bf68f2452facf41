using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>/khongchapnhan takes a reason after the number, with or without "vì", as /tuchoi does, and the unit hears it.</summary>
public sealed class ExcuseRefusalReasonTests
{
    [Theory]
    [InlineData("vì chi bộ đã họp đối thoại trong quý", "chi bộ đã họp đối thoại trong quý")]
    [InlineData("Ban cần số liệu cả khi không phát sinh", "Ban cần số liệu cả khi không phát sinh")]
    [InlineData("lý do: theo hướng dẫn số 12", "theo hướng dẫn số 12")]
    public async Task A_refusal_with_a_reason_is_recorded_and_the_reason_reaches_the_unit(string typed, string quoted)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo kết quả đối thoại trước ngày 25/10/2024 cho KBNN");
        var secretary = await bot.RegisterSecretaryAsync("KBNN");
        await bot.SayAsync(secretary, "đơn vị em không có nội dung phát sinh ạ");
        var note = Assert.Single(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("KBNN")).Id));

        var asked = await bot.SayAsync(BotHarness.Admin, $"/khongchapnhan {note.Id} {typed}");
        Assert.Contains($"Lý do: {quoted}.", asked.Text(), StringComparison.Ordinal);
        Assert.Empty(asked.Proactive);
        var refused = await bot.SayAsync(BotHarness.Admin, "1");

        Assert.Contains("vẫn phải nộp", refused.Text(), StringComparison.Ordinal);
        var told = Assert.Single(refused.Proactive, p => p.To.ChatId == secretary);
        Assert.Contains($"Lý do: {quoted}.", told.Message.Text, StringComparison.Ordinal);
        Assert.NotNull(Assert.Single(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("KBNN")).Id)).AcceptedBy);
    }
}
