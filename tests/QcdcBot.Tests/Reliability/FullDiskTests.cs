using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Database;
using QcdcBot.Tests.Telegram;

namespace QcdcBot.Tests.Reliability;

/// <summary>
/// The disk fills while updates come in: SQLite answers "database or disk is full" (a real SQLITE_FULL, from a
/// capped page count), the loops wait holding what they have, the admins are told once, and when space is back
/// every update is handled exactly once.
/// </summary>
public sealed class FullDiskTests : IAsyncLifetime
{
    private const int Strangers = 30;
    private FakeBotApi _api = null!;
    private TelegramTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _host = new TelegramTestHost(_api, new Dictionary<string, string?>
        {
            ["Storage:RetryFirstDelay"] = "00:00:00.050",
            ["Storage:RetryMaxDelay"] = "00:00:00.200",
            ["Storage:AlertAfter"] = "00:00:00",
        });
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task Updates_arriving_on_a_full_disk_wait_and_are_all_handled_once_when_space_is_back_and_admins_are_told_once()
    {
        _api.Enqueue(Updates.Text(TelegramTestHost.Admin, "/trogiup"));
        await _api.WaitForAsync("sendMessage", c => c.Body["chat_id"]?.GetValue<long>() == TelegramTestHost.Admin);
        var database = _host.Get<SqliteDatabase>();
        await using (var probe = await database.OpenAsync())
        {
            // The disk fills once the reply's delivery is recorded (the message arrived before its row says so): the
            // cap below leaves room for nothing, and a row still to be marked sent would wait with the rest.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (await probe.ScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE state = 'pending'", null, default) > 0)
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the reply's delivery was never recorded");
                await Task.Delay(20);
            }

            var pages = await probe.ScalarAsync<long>("PRAGMA page_count", null, default);
            database.ExtraPragmas = $" PRAGMA max_page_count = {pages};";
        }

        SqliteConnection.ClearAllPools();
        var filler = new string('x', 1500);
        for (var i = 0; i < Strangers; i++)
        {
            _api.Enqueue(Updates.Text(7000 + i, $"xin chào {i} {filler}"));
        }

        var alert = await _api.WaitForMessageAsync(TelegramTestHost.Admin, "không ghi được dữ liệu", TimeSpan.FromSeconds(30));
        Assert.Contains("ổ đĩa", alert.Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        await Task.Delay(1000);
        Assert.DoesNotContain(_api.CallsTo("sendMessage"), c => c.Body["chat_id"]!.GetValue<long>() >= 7000);
        database.ExtraPragmas = string.Empty;
        SqliteConnection.ClearAllPools();

        for (var i = 0; i < Strangers; i++)
        {
            await _api.WaitForAsync("sendMessage", c => c.Body["chat_id"]?.GetValue<long>() == 7000 + i, TimeSpan.FromSeconds(30));
        }

        await Task.Delay(500);
        var replies = _api.CallsTo("sendMessage").Where(c => c.Body["chat_id"]!.GetValue<long>() >= 7000).GroupBy(c => c.Body["chat_id"]!.GetValue<long>()).ToList();
        Assert.Equal(Strangers, replies.Count);
        Assert.All(replies, r => Assert.Single(r));
        Assert.Single(_api.MessagesTo(TelegramTestHost.Admin), m => m.Contains("không ghi được dữ liệu", StringComparison.Ordinal));
    }
}
