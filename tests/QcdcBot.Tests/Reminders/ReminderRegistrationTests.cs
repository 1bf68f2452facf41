using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Scheduling;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Scheduling.Delivery;
using QcdcBot.Storage;
using Quartz;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Reminders;

public sealed class ReminderRegistrationTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private IHost Build(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(
            settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)).Append(KeyValuePair.Create("Storage:Path", (string?)Path.Combine(_temp.Path, "app.db"))));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 13, 1, 0, 0, TimeSpan.Zero));
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.AddStorage();
        builder.AddScheduling();
        // What the Bot will provide.
        builder.Services.AddSingleton<IReminderComposer>(new FakeComposer(time));
        builder.Services.AddSingleton<IMessageSender>(new FakeSender(time));
        return builder.Build();
    }

    [Fact]
    public async Task The_sweep_is_scheduled_in_Quartz_on_the_configured_cron_in_Vietnam_time()
    {
        using var host = Build(("Reminders:SweepCron", "0 0/30 8-16 ? * MON-FRI"));

        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = Assert.IsType<ICronTrigger>(await scheduler.GetTrigger(new TriggerKey(ReminderServiceCollectionExtensions.SweepJobName)), exactMatch: false);

        Assert.Equal("0 0/30 8-16 ? * MON-FRI", trigger.CronExpressionString);
        Assert.Equal("Asia/Ho_Chi_Minh", trigger.TimeZone.Id);
        Assert.NotNull(host.Services.GetRequiredService<ReminderControl>());
        Assert.Contains(host.Services.GetServices<IHostedService>(), s => s is OutboxDispatcher);
    }

    [Fact]
    public void Options_are_bound_from_configuration_replacing_the_default_days()
    {
        using var host = Build(("Reminders:DaysBefore:0", "5"), ("Reminders:DaysBefore:1", "2"), ("Reminders:SendTime", "07:30"), ("Dispatch:Telegram:PerSecond", "10"));

        var reminders = host.Services.GetRequiredService<IOptions<ReminderOptions>>().Value;
        var dispatch = host.Services.GetRequiredService<IOptions<DispatchOptions>>().Value;

        Assert.Equal([5, 2], reminders.EffectiveDaysBefore);
        Assert.Equal(new TimeOnly(7, 30), reminders.SendTime);
        Assert.Equal(10, dispatch.Telegram.PerSecond);
        Assert.Equal(1, dispatch.Telegram.PerChatPerSecond);
    }

    [Fact]
    public async Task A_bad_sweep_cron_stops_the_start()
    {
        using var host = Build(("Reminders:SweepCron", "every quarter hour"));

        var error = await Assert.ThrowsAnyAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("SweepCron", error.Message, StringComparison.Ordinal);
    }
}
