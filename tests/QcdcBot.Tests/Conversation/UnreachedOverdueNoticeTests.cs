using QcdcBot.Bot.Delivery;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Storage.Delivery;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// The admins' daily message never says a unit no reminder reached is silent "after the last reminder": units nobody
/// can be told are counted apart from the ones the bot reminded and stops reminding.
/// </summary>
public sealed class UnreachedOverdueNoticeTests
{
    [Fact]
    public async Task Units_no_reminder_reached_are_counted_apart_from_those_silent_after_the_last_reminder()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.RegisterSecretaryAsync("NHNN");
        var deadline = await bot.AssignAsync("Báo cáo chuyên đề dân vận trước 1/11/2024 cho NHNN, TTRA, SKHDT");

        for (var day = new DateOnly(2024, 11, 1); day <= new DateOnly(2024, 11, 29); day = day.AddDays(1))
        {
            bot.SetLocalTime(day.Year, day.Month, day.Day, 9, 5);
            await bot.Get<ReminderSweep>().RunAsync();
        }

        var notices = (await bot.Get<OutboxStore>().AllAsync())
            .Where(m => m.ChatId == BotHarness.Admin && m.DedupeKey?.StartsWith("reminder-admins:", StringComparison.Ordinal) == true)
            .Select(m => OutboxBody.FromJson(m.BodyJson).Text).ToList();
        var escalation = Assert.Single(notices, t => t.Contains("🚨", StringComparison.Ordinal));
        Assert.Contains("🚨 2 đơn vị đã quá hạn mà bot không nhắc được (chưa có ai nhận tin)", escalation, StringComparison.Ordinal);
        Assert.Contains("(NHNN)", escalation, StringComparison.Ordinal);
        Assert.DoesNotContain("3 đơn vị", escalation, StringComparison.Ordinal);
        Assert.DoesNotContain("2 đơn vị vẫn chưa nộp", escalation, StringComparison.Ordinal);
        Assert.Contains($"/chuanop #{deadline.Id}", escalation, StringComparison.Ordinal);
    }
}
