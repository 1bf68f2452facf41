using QcdcBot.Scheduling.Reminders;
using QcdcBot.Storage.Delivery;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A deadline that ends early is told to the units: a cancelled one to every unit it was given to, once; a closed one
/// to the units that still owe it. Reminders queued for it before it ended never go out, and none is queued after.
/// </summary>
public sealed class DeadlineEndNoticeTests
{
    private const string Assignment = "Kế hoạch tuyên truyền kỷ niệm ngày thành lập trước 28/11/2024 cho NHNN, TTRA";

    [Fact]
    public async Task Cancelling_tells_every_unit_it_was_given_to_once_and_no_other()
    {
        await using var bot = await BotHarness.CreateAsync();
        var bank = await bot.RegisterSecretaryAsync("NHNN");
        var inspectors = await bot.RegisterSecretaryAsync("TTRA");
        var outside = await bot.RegisterSecretaryAsync("SKHDT");
        var deadline = await bot.AssignAsync(Assignment);

        var cancelled = await bot.SayConfirmedAsync(BotHarness.Admin, "/huyhan kế hoạch tuyên truyền kỷ niệm");

        foreach (var told in new[] { bank, inspectors })
        {
            var notice = Assert.Single(cancelled.Proactive, p => p.To.ChatId == told);
            Assert.Contains($"Việc #{deadline.Id}", notice.Message.Text, StringComparison.Ordinal);
            Assert.Contains("không cần nộp nữa", notice.Message.Text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(cancelled.Proactive, p => p.To.ChatId == outside);
        Assert.Contains("Đã báo 2 đơn vị", cancelled.Text(), StringComparison.Ordinal);
        var again = await bot.SayConfirmedAsync(BotHarness.Admin, $"/huyhan #{deadline.Id}");
        Assert.Empty(again.Proactive);
    }

    [Fact]
    public async Task Reminders_queued_before_a_cancel_are_withdrawn_and_none_follow()
    {
        await using var bot = await BotHarness.CreateAsync();
        var bank = await bot.RegisterSecretaryAsync("NHNN");
        var deadline = await bot.AssignAsync(Assignment);
        bot.SetLocalTime(2024, 11, 25, 9, 0);
        await bot.Get<ReminderSweep>().RunAsync();
        Assert.NotEmpty(await PendingRemindersAsync(bot, bank));

        await bot.SayConfirmedAsync(BotHarness.Admin, $"/huyhan #{deadline.Id}");
        Assert.Empty(await PendingRemindersAsync(bot, bank));
        bot.SetLocalTime(2024, 11, 28, 9, 0);
        await bot.Get<ReminderSweep>().RunAsync();

        Assert.Empty(await PendingRemindersAsync(bot, bank));
    }

    [Fact]
    public async Task Closing_early_tells_only_the_units_that_still_owe_it()
    {
        await using var bot = await BotHarness.CreateAsync();
        var bank = await bot.RegisterSecretaryAsync("NHNN");
        var inspectors = await bot.RegisterSecretaryAsync("TTRA");
        var deadline = await bot.AssignAsync(Assignment);
        await bot.SendFileAsync(bank, "ke-hoach.docx", [1, 2, 3], $"#{deadline.Id}");

        var closed = await bot.SayConfirmedAsync(BotHarness.Admin, $"/donghan #{deadline.Id}");

        var notice = Assert.Single(closed.Proactive, p => p.To.ChatId == inspectors);
        Assert.Contains("không cần nộp nữa", notice.Message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(closed.Proactive, p => p.To.ChatId == bank);
        Assert.Contains("Đã báo 1 đơn vị chưa nộp", closed.Text(), StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<OutboxMessage>> PendingRemindersAsync(BotHarness bot, string user) =>
        (await bot.Get<OutboxStore>().AllAsync())
            .Where(m => m.ChatId == user && m.State == OutboxState.Pending && m.DedupeKey?.StartsWith("reminder:", StringComparison.Ordinal) == true)
            .ToList();
}
