using QcdcBot.Bot.Delivery;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// What a reminder sweep tells the admins: one message per sweep whatever the number of deadlines, a line per deadline
/// with counts (names only when few) and the command listing them; a unit past its last reminder is told once, and a
/// later sweep speaks only of what changed.
/// </summary>
public sealed class ReminderAdminNoticeTests
{
    [Fact]
    public async Task Several_deadlines_with_many_unreachable_units_reach_the_admin_as_one_short_message()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.RegisterSecretaryAsync("NHNN");
        var plan = await bot.AssignAsync("Kế hoạch tuyên truyền trước 4/11/2024");
        var report = await bot.AssignAsync("Báo cáo sơ kết công tác dân vận trước 4/11/2024");
        var model = await bot.AssignAsync("Đăng ký mô hình dân vận khéo trước 4/11/2024");

        bot.SetLocalTime(2024, 10, 28, 8, 30);
        await bot.Get<ReminderSweep>().RunAsync();
        await bot.Get<ReminderSweep>().RunAsync();

        var text = Assert.Single(await AdminNoticesAsync(bot));
        foreach (var d in new[] { plan, report, model })
        {
            Assert.Single(text.Split('\n'), l => l.Contains($"#{d.Id} \"{d.Title}\"", StringComparison.Ordinal) && l.Contains("đơn vị chưa có ai nhận được tin", StringComparison.Ordinal) && l.EndsWith($"/chuanop #{d.Id}", StringComparison.Ordinal));
        }

        // Counted, not listed: seventy names per deadline buried what mattered.
        Assert.DoesNotContain("TTRA", text, StringComparison.Ordinal);
        Assert.True(text.Split('\n').Length <= 6, text);
    }

    [Fact]
    public async Task Units_past_their_last_reminder_are_told_once_and_a_later_change_names_only_the_new_ones()
    {
        await using var bot = await BotHarness.CreateAsync();
        var secretaries = new Dictionary<string, string>();
        foreach (var code in new[] { "NHNN", "TTRA", "SKHDT" })
        {
            secretaries[code] = await bot.RegisterSecretaryAsync(code);
        }

        var deadline = await bot.AssignAsync("Báo cáo kết quả tự kiểm tra trước 1/11/2024 cho NHNN, TTRA, SKHDT");
        var skhdt = await bot.UnitAsync("SKHDT");
        var extensions = bot.Get<ExtensionRequestStore>();
        var request = await extensions.CreateAsync(skhdt.Id, deadline.Id, new DateOnly(2024, 11, 6), "chưa họp chi bộ", secretaries["SKHDT"]);
        await extensions.DecideAsync(request.Id, approve: true, BotHarness.Admin);

        var byDay = new Dictionary<DateOnly, List<string>>();
        for (var day = new DateOnly(2024, 11, 1); day <= new DateOnly(2024, 11, 29); day = day.AddDays(1))
        {
            foreach (var hour in new[] { 8, 9, 15 })
            {
                bot.SetLocalTime(day.Year, day.Month, day.Day, hour, 5);
                await bot.Get<ReminderSweep>().RunAsync();
            }
        }

        foreach (var m in await AdminMessagesAsync(bot))
        {
            var local = DateOnly.FromDateTime(m.CreatedAt.ToOffset(TimeSpan.FromHours(7)).DateTime);
            (byDay.TryGetValue(local, out var list) ? list : byDay[local] = []).Add(OutboxBody.FromJson(m.BodyJson).Text);
        }

        Assert.All(byDay.Values, texts => Assert.Single(texts));
        var escalations = byDay.Where(d => d.Value[0].Contains("🚨", StringComparison.Ordinal)).OrderBy(d => d.Key).ToList();
        Assert.Equal(2, escalations.Count);
        var first = escalations[0].Value[0];
        // The last overdue reminder goes out in the sweep that escalates: said as such, never "sau lần nhắc cuối" beside it.
        Assert.Contains("🚨 2 đơn vị vẫn chưa nộp, hôm nay nhận lời nhắc cuối cùng, từ nay bot thôi nhắc", first, StringComparison.Ordinal);
        Assert.DoesNotContain("sau lần nhắc cuối", first, StringComparison.Ordinal);
        Assert.Contains("(NHNN)", first, StringComparison.Ordinal);
        Assert.Contains("(TTRA)", first, StringComparison.Ordinal);
        Assert.DoesNotContain("(SKHDT)", first, StringComparison.Ordinal);
        var changed = escalations[1].Value[0];
        Assert.Contains("🚨 thêm 1 đơn vị vẫn chưa nộp, hôm nay nhận lời nhắc cuối cùng", changed, StringComparison.Ordinal);
        Assert.Contains("(SKHDT)", changed, StringComparison.Ordinal);
        Assert.Contains("nay 3 đơn vị", changed, StringComparison.Ordinal);
        Assert.DoesNotContain("(NHNN)", changed, StringComparison.Ordinal);
        Assert.Contains($"/chuanop #{deadline.Id}", changed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sweep_cut_off_after_the_admin_notice_was_written_does_not_send_it_again()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch tuyên truyền trước 4/11/2024 cho NHNN, TTRA");
        bot.SetLocalTime(2024, 10, 28, 8, 30);
        await bot.Get<ReminderSweep>().RunAsync();

        // A restart runs the sweep again (the marker of a cut-off sweep), and the cron fires later the same day.
        await bot.Get<ReminderSweep>().RunAsync();
        bot.SetLocalTime(2024, 10, 28, 15, 0);
        await bot.Get<ReminderSweep>().RunAsync();

        var text = Assert.Single(await AdminNoticesAsync(bot));
        Assert.Contains("2 đơn vị chưa có ai nhận được tin", text, StringComparison.Ordinal);
        Assert.Contains("(NHNN)", text, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<OutboxMessage>> AdminMessagesAsync(BotHarness bot) =>
        (await bot.Get<OutboxStore>().AllAsync())
            .Where(m => m.ChatId == BotHarness.Admin && m.DedupeKey?.StartsWith("reminder-admins:", StringComparison.Ordinal) == true)
            .ToList();

    private static async Task<IReadOnlyList<string>> AdminNoticesAsync(BotHarness bot) =>
        [.. (await AdminMessagesAsync(bot)).Select(m => OutboxBody.FromJson(m.BodyJson).Text)];
}
