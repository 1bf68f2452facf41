namespace QcdcBot.Tests.Telegram;

/// <summary>The real host started against a fresh fake Bot API for each test, and both stopped after it.</summary>
public abstract class RunningTelegramHost : IAsyncLifetime
{
    protected FakeBotApi Api { get; private set; } = null!;

    protected TelegramTestHost App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Api = await FakeBotApi.StartAsync();
        App = new TelegramTestHost(Api);
        await App.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Api.DisposeAsync();
    }
}
