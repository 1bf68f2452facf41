namespace QcdcBot.Tests.Telegram;

/// <summary>A backlog (after downtime, a busy hour) is fetched at Telegram's pace, not one batch per poll floor.</summary>
public sealed class TelegramBacklogTests : IAsyncLifetime
{
    private FakeBotApi _api = null!;
    private TelegramTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        // A floor far longer than the test waits: only a full answer may be followed by the next call at once.
        _host = new TelegramTestHost(_api, new Dictionary<string, string?> { ["Telegram:MinPollInterval"] = "00:01:00" });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task Full_answers_are_followed_at_once_by_the_next_getUpdates_and_a_partial_one_by_the_floor()
    {
        var first = 0L;
        for (var i = 0; i < 250; i++)
        {
            var id = _api.Enqueue(Updates.Text(7000 + i, "xin chào"));
            first = first == 0 ? id : first;
        }

        await _host.StartAsync(seedUnits: false);

        // 100 + 100 + 50: the third call acknowledges the first 200 without waiting a minute between calls.
        var third = await _api.WaitForAsync("getUpdates", c => c.Body["offset"]?.GetValue<long>() == first + 200, TimeSpan.FromSeconds(30));
        Assert.NotNull(third);

        // The partial answer is not followed at once: the floor holds again.
        Assert.DoesNotContain(_api.CallsTo("getUpdates"), c => c.Body["offset"]?.GetValue<long>() == first + 250);
    }
}
