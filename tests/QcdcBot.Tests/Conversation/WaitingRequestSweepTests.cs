using QcdcBot.Bot.Delivery;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A request the office has not answered is said in the morning's messages: the unit's reminder says its own request
/// waits, and the admins' daily message lists every request and claim waiting, for how long, and the command.
/// </summary>
public sealed class WaitingRequestSweepTests
{
    [Fact]
    public async Task An_unanswered_extension_request_is_named_in_the_units_reminder_and_in_the_admins_daily_message()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo kết quả đối thoại trước ngày 25/10/2024 cho TTRA, SKHDT, CTK");
        var ttra = await bot.RegisterSecretaryAsync("TTRA");
        var skhdt = await bot.RegisterSecretaryAsync("SKHDT");
        await bot.SayAsync(ttra, "/giahan 8/11/2024 vì chờ họp chi ủy");
        await bot.SayAsync(skhdt, "da gui ban giay");
        var request = Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id));

        bot.SetLocalTime(2024, 10, 29, 9, 15);
        await bot.Get<ReminderSweep>().RunAsync();

        var messages = await bot.Get<OutboxStore>().AllAsync();
        var reminder = Assert.Single(messages, m => m.ChatId == ttra && m.DedupeKey?.StartsWith(ReminderSweep.KeyPrefix(deadline.Id), StringComparison.Ordinal) == true);
        Assert.Contains("Đề nghị gia hạn của đơn vị (đến 8/11/2024) đang chờ", OutboxBody.FromJson(reminder.BodyJson).Text, StringComparison.Ordinal);
        var admin = OutboxBody.FromJson(Assert.Single(messages, m => m.ChatId == BotHarness.Admin && m.DedupeKey?.StartsWith("reminder-admins:", StringComparison.Ordinal) == true).BodyJson).Text;
        Assert.Contains($"(TTRA) xin gia hạn đến 8/11/2024, đã chờ 9 ngày: /duyet {request.Id} hoặc /tuchoi {request.Id}", admin, StringComparison.Ordinal);
        Assert.Contains($"(SKHDT) báo đã gửi bản giấy, đã chờ 9 ngày: khi đã nhận /ghinhan SKHDT #{deadline.Id}", admin, StringComparison.Ordinal);
        Assert.Contains("⏳ 2 đề nghị/báo của đơn vị đang chờ Ban trả lời", admin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waiting_requests_are_listed_once_a_working_day_and_no_more_once_answered()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch tuyên truyền trước ngày 30/10/2024 cho NHNN, KBNN");
        var nhnn = await bot.RegisterSecretaryAsync("NHNN");
        await bot.RegisterSecretaryAsync("KBNN");
        await bot.SayAsync(nhnn, "don vi khong co noi dung phat sinh");

        bot.SetLocalTime(2024, 10, 23, 9, 15);
        await bot.Get<ReminderSweep>().RunAsync();
        await bot.Get<ReminderSweep>().RunAsync();
        var first = await AdminNoticesAsync(bot);
        var claim = Assert.Single(first);
        Assert.Contains("(NHNN) báo không có nội dung phát sinh, đã chờ 3 ngày: /chapnhan ", claim, StringComparison.Ordinal);

        var number = System.Text.RegularExpressions.Regex.Match(claim, @"/chapnhan (\d+)").Groups[1].Value;
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/chapnhan {number}");
        bot.SetLocalTime(2024, 10, 24, 9, 15);
        await bot.Get<ReminderSweep>().RunAsync();

        Assert.DoesNotContain(await AdminNoticesAsync(bot), t => t != claim && t.Contains("/chapnhan", StringComparison.Ordinal));
    }

    private static async Task<IReadOnlyList<string>> AdminNoticesAsync(BotHarness bot) =>
        [.. (await bot.Get<OutboxStore>().AllAsync())
            .Where(m => m.ChatId == BotHarness.Admin && m.DedupeKey?.StartsWith("reminder-admins:", StringComparison.Ordinal) == true)
            .Select(m => OutboxBody.FromJson(m.BodyJson).Text)];
}
