using QcdcBot.Bot.Delivery;
using QcdcBot.Bot.Exports;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.Reminders;

namespace QcdcBot.Tests.Conversation;

/// <summary>/lichnhac, /nhacngay, /tamdung, /tieptuc through the real conversation, and what the ledger shows after.</summary>
public sealed class ReminderCommandTests
{
    // The harness starts on Sunday 20/10/2024; a deadline due Thursday 31/10 has before-7 on Thursday 24/10.
    private const string Assignment = "Báo cáo sơ kết QCDC trước ngày 31/10/2024";

    [Fact]
    public async Task Lichnhac_lists_the_coming_reminders_by_day_with_the_deadline_and_how_many_units()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync(Assignment);
        var covered = (await bot.Get<QcdcBot.Scheduling.Tallies.TallyService>().ForDeadlineAsync(deadline)).Units.Count;

        var week = (await bot.SayAsync(BotHarness.Admin, "/lichnhac")).Text();
        var twoWeeks = (await bot.SayAsync(BotHarness.Admin, "/lichnhac 14")).Text();

        Assert.Contains("Lịch nhắc 7 ngày tới", week, StringComparison.Ordinal);
        Assert.Contains($"Thứ Năm, 24/10/2024\n• {deadline.Title}: {covered} đơn vị (NHNN", week, StringComparison.Ordinal);
        Assert.DoesNotContain("28/10/2024", week, StringComparison.Ordinal);
        Assert.Contains("Thứ Hai, 28/10/2024", twoWeeks, StringComparison.Ordinal);
        Assert.Contains("Thứ Tư, 30/10/2024", twoWeeks, StringComparison.Ordinal);
        Assert.Contains("Thứ Năm, 31/10/2024", twoWeeks, StringComparison.Ordinal);
        Assert.Contains("Số ngày phải từ 1 đến 60", (await bot.SayAsync(BotHarness.Admin, "/lichnhac 0")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nhacngay_reminds_the_missing_units_once_a_day_and_the_second_call_says_so()
    {
        await using var bot = await BotHarness.CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.RegisterSecretaryAsync("SKHDT");
        var deadline = await bot.AssignAsync(Assignment);
        Assert.Contains("Biên nhận", (await bot.SendFileAsync("thuky-skhdt", "bao-cao.docx", [1, 2, 3])).Text(), StringComparison.Ordinal);

        var first = (await bot.SayAsync(BotHarness.Admin, $"/nhacngay #{deadline.Id}")).Text();
        var remindersAfterFirst = await RemindersToAsync(bot, secretary);
        var second = (await bot.SayAsync(BotHarness.Admin, $"/nhacngay #{deadline.Id}")).Text();

        // NHNN is reminded; SKHDT submitted; every other unit has nobody bound, so the admins hear about them instead.
        Assert.StartsWith($"Đã nhắc 1 đơn vị chưa nộp việc \"{deadline.Title}\".", first, StringComparison.Ordinal);
        Assert.Contains("đơn vị chưa có ai nhận tin", first, StringComparison.Ordinal);
        var reminder = Assert.Single(remindersAfterFirst);
        Assert.Contains("Còn 11 ngày (hạn Thứ Năm, 31/10/2024).", reminder.Text, StringComparison.Ordinal);
        Assert.Equal(deadline.Id, reminder.AboutDeadlineId);
        Assert.StartsWith("Đã nhắc 0 đơn vị", second, StringComparison.Ordinal);
        Assert.Contains("đã được xử lý hôm nay", second, StringComparison.Ordinal);
        Assert.Single(await RemindersToAsync(bot, secretary));

        // The next day it may be sent again.
        bot.SetLocalTime(2024, 10, 21, 9, 0);
        Assert.StartsWith("Đã nhắc 1 đơn vị", (await bot.SayAsync(BotHarness.Admin, $"/nhacngay #{deadline.Id}")).Text(), StringComparison.Ordinal);
        Assert.Equal(2, (await RemindersToAsync(bot, secretary)).Count);
    }

    [Fact]
    public async Task Tamdung_stops_the_sweep_for_that_deadline_and_tieptuc_resumes_it()
    {
        await using var bot = await BotHarness.CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var deadline = await bot.AssignAsync(Assignment);
        var other = await bot.AssignAsync("Kế hoạch QCDC năm 2025 trước ngày 31/10/2024");
        var sweep = bot.Get<ReminderSweep>();

        Assert.Contains("Đã tạm dừng nhắc việc", (await bot.SayAsync(BotHarness.Admin, $"/tamdung #{deadline.Id}")).Text(), StringComparison.Ordinal);
        Assert.Contains("đang tạm dừng nhắc rồi", (await bot.SayAsync(BotHarness.Admin, $"/tamdung #{deadline.Id}")).Text(), StringComparison.Ordinal);
        bot.SetLocalTime(2024, 10, 24, 9, 0);
        await sweep.RunAsync();

        // The paused deadline is silent; the other one still reminds.
        Assert.Empty(await bot.Get<ReminderLedgerStore>().ForDeadlineAsync(deadline.Id));
        Assert.Equal([other.Id], (await RemindersToAsync(bot, secretary)).Select(r => r.AboutDeadlineId));
        Assert.DoesNotContain((await bot.SayAsync(BotHarness.Admin, "/lichnhac 14")).Text(), deadline.Title, StringComparison.Ordinal);

        Assert.Contains("Đã bật lại nhắc việc", (await bot.SayAsync(BotHarness.Admin, $"/tieptuc #{deadline.Id}")).Text(), StringComparison.Ordinal);
        Assert.Contains("không bị tạm dừng", (await bot.SayAsync(BotHarness.Admin, $"/tieptuc #{deadline.Id}")).Text(), StringComparison.Ordinal);
        await sweep.RunAsync();

        // The slot that came due while paused is sent on resuming (catch-up), once.
        Assert.Equal([other.Id, deadline.Id], (await RemindersToAsync(bot, secretary)).Select(r => r.AboutDeadlineId));
        await sweep.RunAsync();
        Assert.Equal(2, (await RemindersToAsync(bot, secretary)).Count);
    }

    [Fact]
    public async Task A_secretary_cannot_use_the_reminder_commands_and_they_change_nothing()
    {
        await using var bot = await BotHarness.CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var deadline = await bot.AssignAsync(Assignment);

        foreach (var command in new[] { "/lichnhac", $"/nhacngay #{deadline.Id}", $"/tamdung #{deadline.Id}", $"/tieptuc #{deadline.Id}" })
        {
            Assert.Equal("Lệnh này chỉ dành cho cán bộ Ban Tuyên giáo (quản trị bot).", (await bot.SayAsync(secretary, command)).Text());
        }

        Assert.False((await bot.Get<DeadlineReminderSettingsStore>().GetAsync(deadline.Id)).Paused);
        Assert.Empty(await bot.Get<ReminderLedgerStore>().ForDeadlineAsync(deadline.Id));
        Assert.Empty(await RemindersToAsync(bot, secretary));
    }

    [Fact]
    public async Task Donvi_and_the_export_count_the_reminders_sent_from_the_ledger()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.RegisterSecretaryAsync("NHNN");
        var deadline = await bot.AssignAsync(Assignment);
        var nhnn = await bot.UnitAsync("NHNN");
        var unbound = await bot.UnitAsync("SKHDT");
        Assert.DoesNotContain("Đã nhắc", (await bot.SayAsync(BotHarness.Admin, "/donvi NHNN")).Text(), StringComparison.Ordinal);

        bot.SetLocalTime(2024, 10, 24, 9, 0);
        await bot.Get<ReminderSweep>().RunAsync();
        bot.SetLocalTime(2024, 10, 25, 9, 0);
        await bot.SayAsync(BotHarness.Admin, $"/nhacngay #{deadline.Id}");

        var record = (await bot.SayAsync(BotHarness.Admin, "/donvi NHNN")).Text();
        Assert.Contains("Đã nhắc 2 lần, lần cuối 25/10/2024", record, StringComparison.Ordinal);

        // The unbound unit's admin notices are not reminders to it.
        var counts = await bot.Get<IReminderCountSource>().CountsForDeadlineAsync(deadline.Id, CancellationToken.None);
        Assert.Equal(2, counts[nhnn.Id]);
        Assert.False(counts.ContainsKey(unbound.Id));
        Assert.DoesNotContain("Đã nhắc", (await bot.SayAsync(BotHarness.Admin, "/donvi SKHDT")).Text(), StringComparison.Ordinal);
    }

    /// <summary>The reminder bodies queued for one person's chat, oldest first.</summary>
    private static async Task<IReadOnlyList<OutboxBody>> RemindersToAsync(BotHarness bot, string user) =>
        (await bot.Get<OutboxStore>().AllAsync())
            .Where(m => m.ChatId == user && m.DedupeKey?.StartsWith("reminder:", StringComparison.Ordinal) == true)
            .Select(m => OutboxBody.FromJson(m.BodyJson))
            .ToList();
}
