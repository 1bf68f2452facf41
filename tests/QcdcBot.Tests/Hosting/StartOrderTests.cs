using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QcdcBot.Bot.Channels.Telegram;
using QcdcBot.Bot.Hosting;
using QcdcBot.Bot.Inbox;
using QcdcBot.Storage.Database;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Hosting;

public sealed class StartOrderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_scheduler_starts_after_the_channels_and_the_store_lock_and_migrations_still_come_first()
    {
        using var host = BotHost.Create([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Path"] = Path.Combine(_temp.Path, "bot.db"),
                ["Telegram:Token"] = "123456:test-token",
                ["Telegram:ApiBaseUrl"] = "http://127.0.0.1:9",
            });
            builder.Logging.ClearProviders();
        });

        // Hosted services start one after another in this order (and stop in the reverse one).
        var order = host.Services.GetServices<IHostedService>().ToList();
        int IndexOf(Func<IHostedService, bool> match) => order.FindIndex(s => match(s));
        var scheduler = IndexOf(s => s.GetType().Assembly == typeof(Quartz.IScheduler).Assembly);

        Assert.Equal(0, IndexOf(s => s is StoreLock));
        Assert.True(IndexOf(s => s is StorageInitializer) < IndexOf(s => s is TelegramPoller));
        Assert.True(IndexOf(s => s is InboxProcessor) < scheduler);
        Assert.True(IndexOf(s => s is TelegramPoller) < scheduler);
    }
}
