using System.Globalization;
using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Inbox;
using QcdcBot.Tests.Support;
using QcdcBot.Tests.Telegram;

namespace QcdcBot.Tests.Inbox;

/// <summary>The channel-neutral inbox processor, through the real host and the fake Telegram Bot API.</summary>
public sealed class InboxProcessorTests : IAsyncLifetime
{
    private const long Secretary = 2001;
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
    public async Task A_download_that_hangs_holds_only_its_own_chat_another_chat_is_answered_meanwhile()
    {
        await _host.StartAsync();
        await Seed.SecretaryAsync(_host, Secretary);
        await Seed.DeadlineAsync(_host, "Báo cáo tự kiểm tra QCDC", new DateOnly(2030, 10, 25));
        var release = new TaskCompletionSource();
        _api.Inject("getFile", new Fault.Hang(release));
        _api.AddFile("doc-1", TestFiles.WellFormed("Bao cao.docx", [1, 2, 3, 4]));
        _api.Enqueue(Updates.Document(Secretary, "doc-1", "Bao cao.docx", 4));
        await WaitAsync(() => !_api.HangingCalls.IsEmpty);

        _api.Enqueue(Updates.Text(TelegramTestHost.Admin, "/trogiup"));

        // The admin's answer comes while the secretary's download still hangs.
        await _api.WaitForAsync("sendMessage", c => c.Body["chat_id"]?.GetValue<long>() == TelegramTestHost.Admin);
        Assert.Empty(_api.MessagesTo(Secretary));
        release.SetResult();
        await _api.WaitForMessageAsync(Secretary, "Biên nhận");
    }

    [Fact]
    public async Task The_messages_of_one_chat_are_handled_in_the_order_they_came()
    {
        await _host.StartAsync();
        for (var i = 1; i <= 5; i++)
        {
            _api.Enqueue(Updates.Text(TelegramTestHost.Admin, $"/giao Việc số {i} trước ngày 25/10/2027"));
        }

        await WaitAsync(() => _api.MessagesTo(TelegramTestHost.Admin).Count(m => m.Contains("Đã giao việc", StringComparison.Ordinal)) == 5, () => string.Join("\n---\n", _api.MessagesTo(TelegramTestHost.Admin)));
        var titles = (await _host.Get<DeadlineStore>().ListAsync()).OrderBy(d => d.Id).Select(d => d.Title).ToList();
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"Việc số {i}"), titles);
    }

    [Fact]
    public async Task A_turns_writes_its_replies_and_its_done_mark_commit_together_or_not_at_all()
    {
        await _host.StartAsync();
        await Seed.SecretaryAsync(_host, Secretary);
        await Seed.DeadlineAsync(_host, "Báo cáo tự kiểm tra QCDC", new DateOnly(2030, 10, 25));
        var release = new TaskCompletionSource();
        _api.Inject("getFile", new Fault.Hang(release));
        _api.AddFile("doc-1", TestFiles.WellFormed("Bao cao.docx", [1, 2, 3, 4]));
        var id = _api.Enqueue(Updates.Document(Secretary, "doc-1", "Bao cao.docx", 4)).ToString(CultureInfo.InvariantCulture);
        await WaitAsync(() => !_api.HangingCalls.IsEmpty);

        // While the turn is being prepared, something else (a second instance) finishes the event: the "done" mark
        // of this turn then fails, and with it the submission and the receipt it wrote before.
        var database = _host.Get<SqliteDatabase>();
        await database.InTransactionAsync(async (connection, transaction) =>
            await connection.ExecuteAsync("UPDATE inbox SET state = 'done' WHERE event_id = $id", transaction, default, ("$id", id)));
        release.SetResult();
        await WaitAsync(() => _api.CallsTo("getFile").Count(c => c.Result is not null) == 1);
        await Task.Delay(500);

        await using var check = await database.OpenAsync();
        Assert.Equal(0L, await check.ScalarAsync<long>("SELECT COUNT(*) FROM submissions", null, default));
        Assert.Equal(0L, await check.ScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE $key", null, default, ("$key", $"tg:{id}%")));
        Assert.Equal("done", await _host.Get<InboxStore>().StateAsync("telegram", BotId, id));
    }

    [Fact]
    public async Task A_transaction_with_stores_inside_commits_all_or_nothing_and_wakes_readers_only_after_the_commit()
    {
        await _host.StartAsync();
        var database = _host.Get<SqliteDatabase>();
        var outbox = _host.Get<OutboxStore>();
        var woken = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => database.InTransactionAsync(async () =>
        {
            await outbox.EnqueueAsync([new OutboxItem("telegram", "1", null, "{\"text\":\"a\"}", "k-1")]);
            database.AfterCommit(() => woken++);
            throw new InvalidOperationException("the turn failed");
        }));
        Assert.Equal(0, woken);

        await database.InTransactionAsync(async () =>
        {
            await outbox.EnqueueAsync([new OutboxItem("telegram", "1", null, "{\"text\":\"b\"}", "k-2")]);
            // A nested part that fails is undone alone.
            await Assert.ThrowsAsync<InvalidOperationException>(() => database.InTransactionAsync(async () =>
            {
                await outbox.EnqueueAsync([new OutboxItem("telegram", "1", null, "{\"text\":\"c\"}", "k-3")]);
                throw new InvalidOperationException("one part failed");
            }));
            database.AfterCommit(() => woken++);
            Assert.Equal(0, woken);
        });

        Assert.Equal(1, woken);
        await using var check = await database.OpenAsync();
        var keys = await check.QueryAsync("SELECT dedupe_key FROM outbox WHERE dedupe_key LIKE 'k-%' ORDER BY dedupe_key", null, r => r.GetString(0), default);
        Assert.Equal(["k-2"], keys);
    }

    private static async Task WaitAsync(Func<bool> condition, Func<string>? explain = null)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(15), "condition not met in time " + explain?.Invoke());
            await Task.Delay(20);
        }
    }
}
