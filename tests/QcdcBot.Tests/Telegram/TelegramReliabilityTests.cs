using QcdcBot.Storage.Database;
using QcdcBot.Storage;
using Microsoft.Extensions.Options;
using System.Globalization;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Inbox;

namespace QcdcBot.Tests.Telegram;

/// <summary>Polling across restarts, and the client's answer to 429, 500 and dropped connections.</summary>
public sealed class TelegramReliabilityTests : IAsyncLifetime
{
    private static readonly string BotId = FakeBotApi.BotId.ToString(CultureInfo.InvariantCulture);

    private FakeBotApi _api = null!;
    private TelegramTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _host = new TelegramTestHost(_api);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task A_stop_before_the_updates_are_stored_loses_nothing_they_come_again_and_apply_once()
    {
        var release = new TaskCompletionSource();
        _api.Inject("getUpdates", new Fault.Hang(release));
        var id = _api.Enqueue(Updates.Text(TelegramTestHost.Admin, "/giao Báo cáo tự kiểm tra QCDC trước ngày 25/10/2027"));
        await _host.StartAsync();
        await WaitAsync(() => !_api.HangingCalls.IsEmpty);

        await _host.StopAsync();
        await _host.StartAsync();

        await _api.WaitForMessageAsync(TelegramTestHost.Admin, "Đã giao việc");
        Assert.Single(await _host.Get<DeadlineStore>().ListAsync());
        await WaitAsync(() => _api.QueuedUpdates() == 0);
        Assert.Equal("done", await _host.Get<InboxStore>().StateAsync("telegram", BotId, Id(id)));
    }

    [Fact]
    public async Task A_stop_while_a_reply_is_being_sent_applies_nothing_twice_and_the_reply_still_arrives()
    {
        // Replies go through the outbox: the update is committed and marked done before its reply is sent.
        var release = new TaskCompletionSource();
        _api.Inject("sendMessage", new Fault.Hang(release));
        var first = _api.Enqueue(Updates.Text(TelegramTestHost.Admin, "/giao Báo cáo tự kiểm tra QCDC trước ngày 25/10/2027"));
        var second = _api.Enqueue(Updates.Text(TelegramTestHost.Admin, "/hanchot"));
        await _host.StartAsync();
        await WaitAsync(() => !_api.HangingCalls.IsEmpty);
        // Both updates are applied and marked done although the first reply is still on its way: sending is not handling.
        var updates = _host.Get<InboxStore>();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await updates.StateAsync("telegram", BotId, Id(second)) != "done")
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(15), "the second update was not handled in time");
            await Task.Delay(20);
        }

        await _host.StopAsync();
        await _host.StartAsync();

        // The reply cut off by the stop is sent after the restart, and the /hanchot stored before the stop is answered.
        await _api.WaitForMessageAsync(TelegramTestHost.Admin, "Đã giao việc");
        await _api.WaitForMessageAsync(TelegramTestHost.Admin, "Các việc đã giao");
        Assert.Single(await _host.Get<DeadlineStore>().ListAsync());
        Assert.Equal("done", await _host.Get<InboxStore>().StateAsync("telegram", BotId, Id(first)));
        Assert.Equal("done", await _host.Get<InboxStore>().StateAsync("telegram", BotId, Id(second)));
        Assert.Single(_api.MessagesTo(TelegramTestHost.Admin), m => m.Contains("Đã giao việc", StringComparison.Ordinal));
        Assert.Equal(0, _api.QueuedUpdates());
    }

    [Fact]
    public async Task An_update_whose_turn_a_crash_cut_off_is_handled_again_once_with_one_reply()
    {
        // As a crash leaves it under one transaction per turn: stored, its handling started (counted), nothing committed.
        var update = Updates.Text(TelegramTestHost.Admin, "/giao Báo cáo tự kiểm tra QCDC trước ngày 25/10/2027");
        update["update_id"] = 777;
        await _host.StartAsync();
        var path = _host.Get<SqliteDatabase>().FilePath;
        await _host.StopAsync();
        using (var database = new SqliteDatabase(Options.Create(new StorageOptions { Path = path })))
        {
            var crashed = new InboxStore(database, TimeProvider.System);
            await crashed.AcceptAsync("telegram", BotId, [new ReceivedEvent("777", TelegramTestHost.Admin.ToString(CultureInfo.InvariantCulture), null, update.ToJsonString())]);
            var pending = await crashed.PendingAsync(0, 10);
            await crashed.ClaimAsync([pending.Single().Seq]);
        }

        await _host.StartAsync();

        await _api.WaitForMessageAsync(TelegramTestHost.Admin, "Đã giao việc");
        await WaitAsync(() => _host.Get<InboxStore>().StateAsync("telegram", BotId, "777").GetAwaiter().GetResult() == "done");
        Assert.Single(await _host.Get<DeadlineStore>().ListAsync());
        Assert.Single(_api.MessagesTo(TelegramTestHost.Admin), m => m.Contains("Đã giao việc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_update_cut_off_under_the_old_scheme_is_not_run_again_after_the_upgrade_and_its_sender_is_told()
    {
        await _host.StartAsync();
        var path = _host.Get<SqliteDatabase>().FilePath;
        await _host.StopAsync();
        using (var database = new SqliteDatabase(Options.Create(new StorageOptions { Path = path })))
        {
            // What the migration makes of a Telegram update left "started" by the previous version.
            await database.InTransactionAsync(async (connection, transaction) => await connection.ExecuteAsync(
                """
                INSERT INTO inbox (channel, bot_id, event_id, chat_id, payload, received_at, state)
                VALUES ('telegram', $bot, '778', $chat, '{}', '2027-01-01T00:00:00.0000000Z', 'interrupted')
                """, transaction, default, ("$bot", BotId), ("$chat", TelegramTestHost.Admin.ToString(CultureInfo.InvariantCulture))));
        }

        await _host.StartAsync();

        await _api.WaitForMessageAsync(TelegramTestHost.Admin, "khởi động lại");
        Assert.Equal("interrupted", await _host.Get<InboxStore>().StateAsync("telegram", BotId, "778"));
        Assert.Empty(await _host.Get<DeadlineStore>().ListAsync());
    }

    [Fact]
    public async Task After_a_429_the_next_call_waits_at_least_retry_after()
    {
        _api.Inject("sendMessage", new Fault.TooManyRequests(1));
        await _host.StartAsync();

        _api.Enqueue(Updates.Text(TelegramTestHost.Admin, "/trogiup"));
        await _api.WaitForAsync("sendMessage");

        var calls = _api.CallsTo("sendMessage");
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(1), $"retried after {calls[1].At - calls[0].At}");
    }

    [Fact]
    public async Task A_server_error_and_a_dropped_connection_are_retried_and_the_message_is_sent_once()
    {
        _api.Inject("sendMessage", new Fault.ServerError());
        _api.Inject("sendMessage", new Fault.Drop());
        await _host.StartAsync();

        _api.Enqueue(Updates.Text(TelegramTestHost.Admin, "/trogiup"));
        await _api.WaitForAsync("sendMessage");

        Assert.Equal(3, _api.CallsTo("sendMessage").Count);
        Assert.Single(_api.CallsTo("sendMessage"), c => c.Result is not null);
    }

    private static string Id(long updateId) => updateId.ToString(CultureInfo.InvariantCulture);

    private static async Task WaitAsync(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(15), "condition not met in time");
            await Task.Delay(20);
        }
    }
}
