using QcdcBot.Scheduling.Reminders;
using QcdcBot.Storage.Reminders;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Core;

public sealed class ReminderSettingsHandlerTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.CreateAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task An_admin_sets_a_deadline_s_own_cadence_and_send_time_and_the_schedule_follows_it()
    {
        var deadline = await _bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/11/2024");

        var reply = await _bot.SayAsync(BotHarness.Admin, $"/caidatnhac #{deadline.Id} trước 5,2 lúc 7:30");

        Assert.Contains("trước hạn 5,2 ngày, lúc 7:30", reply.Text(), StringComparison.Ordinal);
        var settings = await _bot.Get<DeadlineReminderSettingsStore>().GetAsync(deadline.Id);
        Assert.Equal("5,2", settings.Cadence);
        Assert.Equal(new TimeOnly(7, 30), settings.SendTime);
        var slots = _bot.Get<ReminderPolicy>().For(deadline.DueDate, settings).Slots.Where(s => s.Kind == ReminderSlotKind.Before).ToList();
        // 20/11/2024 is a Wednesday, 23/11 a Saturday: that one moves to Friday 22/11.
        Assert.Equal([new DateOnly(2024, 11, 20), new DateOnly(2024, 11, 22)], slots.Select(s => s.Date).ToList());
        Assert.All(slots, s => Assert.Equal(new TimeSpan(0, 30, 0), s.SendAt.UtcDateTime.TimeOfDay));
    }

    [Fact]
    public async Task Mac_dinh_goes_back_to_the_configured_defaults()
    {
        var deadline = await _bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/11/2024");
        await _bot.SayAsync(BotHarness.Admin, $"/caidatnhac #{deadline.Id} truoc 4 luc 9h00");

        var reply = await _bot.SayAsync(BotHarness.Admin, $"/caidatnhac #{deadline.Id} mặc định");

        Assert.Contains("dùng lại lịch nhắc chung", reply.Text(), StringComparison.Ordinal);
        var settings = await _bot.Get<DeadlineReminderSettingsStore>().GetAsync(deadline.Id);
        Assert.Null(settings.Cadence);
        Assert.Null(settings.SendTime);
    }

    [Theory]
    [InlineData("trước 0")]
    [InlineData("lúc 25:00")]
    [InlineData("")]
    public async Task Bad_settings_are_refused_and_change_nothing(string settingsText)
    {
        var deadline = await _bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/11/2024");

        var reply = await _bot.SayAsync(BotHarness.Admin, $"/caidatnhac #{deadline.Id} {settingsText}");

        Assert.Contains("/caidatnhac", reply.Text(), StringComparison.Ordinal);
        var settings = await _bot.Get<DeadlineReminderSettingsStore>().GetAsync(deadline.Id);
        Assert.Null(settings.Cadence);
        Assert.Null(settings.SendTime);
    }

    [Fact]
    public async Task A_secretary_cannot_change_reminders()
    {
        var deadline = await _bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/11/2024");
        var secretary = await _bot.RegisterSecretaryAsync("NHNN");

        var reply = await _bot.SayAsync(secretary, $"/caidatnhac #{deadline.Id} trước 1");

        Assert.Contains("chỉ dành cho cán bộ Ban Tuyên giáo", reply.Text(), StringComparison.Ordinal);
        Assert.Null((await _bot.Get<DeadlineReminderSettingsStore>().GetAsync(deadline.Id)).Cadence);
    }
}
