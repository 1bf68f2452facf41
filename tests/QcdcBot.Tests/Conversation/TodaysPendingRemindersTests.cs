using QcdcBot.Scheduling.Reminders;

namespace QcdcBot.Tests.Conversation;

/// <summary>/lichnhac lists today's reminders that have come due but not gone out yet, and drops them once sent.</summary>
public sealed class TodaysPendingRemindersTests
{
    [Theory]
    [InlineData(10, 30)]
    [InlineData(16, 55)]
    public async Task Todays_reminder_past_its_hour_and_not_yet_sent_is_listed_until_the_sweep_sends_it(int hour, int minute)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.RegisterSecretaryAsync("CTK");
        // Due Thursday 31/10: its reminder a week before is on Thursday 24/10.
        var deadline = await bot.AssignAsync("Báo cáo thực hiện quy chế dân chủ ở cơ sở trước ngày 31/10/2024 cho CTK, NHNN");
        bot.SetLocalTime(2024, 10, 24, hour, minute);

        var before = (await bot.SayAsync(BotHarness.Admin, "/lichnhac 3")).Text();
        await bot.Get<ReminderSweep>().RunAsync();
        var after = (await bot.SayAsync(BotHarness.Admin, "/lichnhac 3")).Text();

        Assert.Contains($"Thứ Năm, 24/10/2024\n• {deadline.Title}: 2 đơn vị (", before, StringComparison.Ordinal);
        Assert.Contains(") — đã đến giờ nhắc, chưa gửi", before, StringComparison.Ordinal);
        Assert.DoesNotContain("24/10/2024", after, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(7, 59)]
    [InlineData(7, 0)]
    public async Task An_overdue_reminder_missed_while_the_bot_was_off_is_listed_for_this_morning_before_it_goes_out(int hour, int minute)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.RegisterSecretaryAsync("TTRA");
        // Due Friday 25/10: the first overdue reminder is Tuesday 29/10; the bot was off that day and is back on the 30th.
        var deadline = await bot.AssignAsync("Đăng ký mô hình dân vận khéo trước ngày 25/10/2024 cho TTRA, KBNN");
        bot.SetLocalTime(2024, 10, 25, 9, 0);
        await bot.Get<ReminderSweep>().RunAsync();
        bot.SetLocalTime(2024, 10, 30, hour, minute);

        var before = (await bot.SayAsync(BotHarness.Admin, "/lichnhac 2")).Text();
        bot.SetLocalTime(2024, 10, 30, 8, 0);
        await bot.Get<ReminderSweep>().RunAsync();
        var after = (await bot.SayAsync(BotHarness.Admin, "/lichnhac 2")).Text();

        Assert.Contains($"Thứ Tư, 30/10/2024\n• {deadline.Title}: 2 đơn vị (", before, StringComparison.Ordinal);
        Assert.Contains(") — đã đến giờ nhắc, chưa gửi", before, StringComparison.Ordinal);
        Assert.DoesNotContain("30/10/2024", after, StringComparison.Ordinal);
    }
}
