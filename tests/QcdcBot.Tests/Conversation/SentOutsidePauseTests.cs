using QcdcBot.Scheduling.Reminders;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A unit that says it sent on paper, by iOffice or by e-mail: the admins are told, and the unit's reminders for that
/// deadline pause until the office records it (/ghinhan) or rejects it (/chuanhan), at most Reminders:SentOutsidePause.
/// </summary>
public sealed class SentOutsidePauseTests
{
    [Fact]
    public async Task Reminders_pause_after_sent_by_email_and_resume_when_the_pause_runs_out()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo kết quả thực hiện QCDC trước ngày 1/11/2024");
        var claiming = await bot.RegisterSecretaryAsync("NHNN");
        var other = await bot.RegisterSecretaryAsync("CTK");
        bot.SetLocalTime(2024, 10, 21, 14, 0);

        var said = await bot.SayAsync(claiming, "e gui vao mail cua ban roi a");
        bot.SetLocalTime(2024, 10, 25, 9, 0);
        await bot.Get<ReminderSweep>().RunAsync();
        var duringPause = await DayOffDueDateTests.RemindersToAsync(bot, claiming);
        bot.SetLocalTime(2024, 10, 29, 9, 0);
        await bot.Get<ReminderSweep>().RunAsync();

        Assert.Contains($"/ghinhan NHNN #{deadline.Id}", Assert.Single(said.Proactive).Message.Text, StringComparison.Ordinal);
        Assert.Contains("tạm dừng nhắc", said.Text(), StringComparison.Ordinal);
        Assert.Empty(duringPause);
        Assert.Equal(2, (await DayOffDueDateTests.RemindersToAsync(bot, other)).Count);
        Assert.Single(await DayOffDueDateTests.RemindersToAsync(bot, claiming));
    }

    [Fact]
    public async Task Chuanhan_tells_the_unit_and_its_reminders_resume_at_the_next_slot()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo kết quả thực hiện QCDC trước ngày 1/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("SKHDT");
        await bot.SayAsync(secretary, "đã chuyển bản cứng lên văn thư Đảng ủy");

        var rejected = await bot.SayAsync(BotHarness.Admin, $"/chuanhan SKHDT #{deadline.Id} văn thư chưa nhận được");
        bot.SetLocalTime(2024, 10, 25, 9, 0);
        await bot.Get<ReminderSweep>().RunAsync();
        var progress = (await bot.SayAsync(BotHarness.Admin, $"/chuanop #{deadline.Id}")).Text();

        var told = Assert.Single(rejected.Proactive);
        Assert.Equal(secretary, told.To.ChatId);
        Assert.Contains("chưa nhận được", told.Message.Text, StringComparison.Ordinal);
        Assert.Contains("văn thư chưa nhận được", told.Message.Text, StringComparison.Ordinal);
        Assert.Single(await DayOffDueDateTests.RemindersToAsync(bot, secretary));
        Assert.Contains("(SKHDT) — báo đã gửi bản giấy nhưng văn phòng chưa nhận được", progress, StringComparison.Ordinal);
    }
}
