using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using QcdcBot.Scheduling;
using QcdcBot.Scheduling.Digests;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Scheduling.Delivery;
using QcdcBot.Storage;
using Quartz;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Digest;

public sealed class DigestScheduleTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private IHost Build(IDigestPublisher? publisher = null, params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(
            settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)).Append(KeyValuePair.Create("Storage:Path", (string?)Path.Combine(_temp.Path, "app.db"))));
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 13, 1, 0, 0, TimeSpan.Zero)));
        builder.AddStorage();
        builder.AddScheduling();
        // What the Bot provides.
        builder.Services.AddSingleton(Mock.Of<IReminderComposer>());
        builder.Services.AddSingleton(Mock.Of<IMessageSender>());
        builder.Services.AddSingleton(publisher ?? Mock.Of<IDigestPublisher>());
        return builder.Build();
    }

    private static async Task<ICronTrigger> TriggerAsync(IHost host)
    {
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return Assert.IsType<ICronTrigger>(await scheduler.GetTrigger(new TriggerKey(DigestScheduleServiceCollectionExtensions.WeeklyJobName)), exactMatch: false);
    }

    [Fact]
    public async Task The_weekly_digest_is_scheduled_in_Quartz_on_the_configured_cron_in_Vietnam_time()
    {
        using var host = Build(settings: ("Digest:Cron", "0 0 8 ? * FRI"));

        var trigger = await TriggerAsync(host);

        Assert.Equal("0 0 8 ? * FRI", trigger.CronExpressionString);
        Assert.Equal("Asia/Ho_Chi_Minh", trigger.TimeZone.Id);
        Assert.Equal(new JobKey(DigestScheduleServiceCollectionExtensions.WeeklyJobName), trigger.JobKey);
        // The reminder sweep is still there: both register with the same Quartz.
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.NotNull(await scheduler.GetTrigger(new TriggerKey(ReminderServiceCollectionExtensions.SweepJobName)));
    }

    [Fact]
    public async Task Without_a_setting_the_digest_goes_out_on_Monday_at_0730_Vietnam_time()
    {
        using var host = Build();

        var trigger = await TriggerAsync(host);

        Assert.Equal("0 30 7 ? * MON", trigger.CronExpressionString);
        // After Friday 13/3/2026 08:00 local comes Monday 16/3 07:30 local, 00:30 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 16, 0, 30, 0, TimeSpan.Zero), trigger.GetFireTimeAfter(new DateTimeOffset(2026, 3, 13, 1, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("every monday")]
    [InlineData("")]
    public async Task A_bad_digest_cron_stops_the_start(string cron)
    {
        using var host = Build(settings: ("Digest:Cron", cron));

        var error = await Assert.ThrowsAnyAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Digest:Cron", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_job_asks_the_publisher_for_the_weekly_digest()
    {
        var publisher = new Mock<IDigestPublisher>();
        using var host = Build(publisher.Object);
        var job = ActivatorUtilities.CreateInstance<WeeklyDigestJob>(host.Services);

        await job.Execute(Mock.Of<IJobExecutionContext>(), CancellationToken.None);

        publisher.Verify(p => p.PublishWeeklyAsync(It.IsAny<CancellationToken>()), Times.Once);
    }
}
