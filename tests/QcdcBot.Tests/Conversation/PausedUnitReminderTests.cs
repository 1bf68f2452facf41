using QcdcBot.Scheduling.Tallies;

namespace QcdcBot.Tests.Conversation;

/// <summary>A unit that said it sent outside the bot (reminders paused) is left out of /lichnhac and /nhacngay, and both say how many.</summary>
public sealed class PausedUnitReminderTests
{
    [Fact]
    public async Task A_unit_paused_by_its_reply_is_neither_listed_by_lichnhac_nor_reminded_by_nhacngay()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        var paused = await bot.RegisterSecretaryAsync("NHNN");
        var other = await bot.RegisterSecretaryAsync("CTK");
        var covered = (await bot.Get<TallyService>().ForDeadlineAsync(deadline)).Units.Count;
        await bot.SayAsync(paused, "e gui vao mail cua ban roi a");

        var preview = (await bot.SayAsync(BotHarness.Admin, "/lichnhac")).Text();
        var now = (await bot.SayAsync(BotHarness.Admin, $"/nhacngay #{deadline.Id}")).Text();

        Assert.Contains($"• {deadline.Title}: {covered - 1} đơn vị (SKHDT", preview, StringComparison.Ordinal);
        Assert.Contains("1 đơn vị tạm dừng nhắc vì báo đã gửi ngoài bot", preview, StringComparison.Ordinal);
        Assert.StartsWith("Đã nhắc 1 đơn vị", now, StringComparison.Ordinal);
        Assert.Contains("1 đơn vị tạm dừng nhắc vì báo đã gửi ngoài bot", now, StringComparison.Ordinal);
        Assert.Empty(await DayOffDueDateTests.RemindersToAsync(bot, paused));
        Assert.Single(await DayOffDueDateTests.RemindersToAsync(bot, other));
    }
}
