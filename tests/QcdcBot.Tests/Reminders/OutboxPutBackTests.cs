using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Scheduling.Delivery;
using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.Members;
using QcdcBot.Tests.Storage;
using SQLitePCL;

namespace QcdcBot.Tests.Reminders;

/// <summary>What a dispatcher round writes when the channel is booked ahead: the messages without a slot go back together.</summary>
public sealed class OutboxPutBackTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 13, 1, 0, 0, TimeSpan.Zero);

    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _time = new(Start);
    private readonly DispatchOptions _options = new() { BatchSize = 500 };
    private readonly OutboxStore _outbox;
    private readonly FakeSender _sender;
    private readonly OutboxDispatcher _dispatcher;
    private int _commits;

    public OutboxPutBackTests()
    {
        _outbox = new OutboxStore(_db.Database, _time);
        _sender = new FakeSender(_time);
        var options = Options.Create(_options);
        _dispatcher = new OutboxDispatcher(_outbox, new MemberStore(_db.Database, _time), _sender, new OutboxRateLimiter(_time, options), _time, options,
            new OutboxSignal(_time), NullLogger<OutboxDispatcher>.Instance);
    }

    public void Dispose()
    {
        _dispatcher.Dispose();
        _db.Dispose();
    }

    /// <summary>Counts from now on the transactions committed on the store's writer (every write goes through it).</summary>
    private async Task CountCommitsAsync()
    {
        sqlite3? writer = null;
        await _db.Database.InTransactionAsync((connection, _) =>
        {
            writer = connection.Handle;
            return Task.CompletedTask;
        });
        raw.sqlite3_commit_hook(writer!, _ =>
        {
            Interlocked.Increment(ref _commits);
            return 0;
        }, null);
    }

    private async Task DriveAsync(Task<int> round)
    {
        while (!round.IsCompleted)
        {
            _time.Advance(TimeSpan.FromMilliseconds(200));
            await Task.Delay(1);
        }

        await round;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(400)]
    public async Task A_round_puts_every_message_without_a_send_slot_back_in_one_write_with_its_attempt_given_back(int chats)
    {
        // 400 replies queued at once (a burst of turns): to one chat (1 a second) or to 400 chats (30 a second, 5 s held).
        await _outbox.EnqueueAsync([.. Enumerable.Range(0, 400).Select(i => new OutboxItem("telegram", $"{i % chats}", $"{i % chats}", "{}", $"k{i}"))]);
        await CountCommitsAsync();

        await DriveAsync(_dispatcher.DispatchOnceAsync(CancellationToken.None));

        var rows = await _outbox.AllAsync();
        var waiting = rows.Where(r => r.State == OutboxState.Pending).ToList();
        Assert.Equal(400 - _sender.Calls.Count, waiting.Count);
        Assert.InRange(waiting.Count, 200, 399);
        Assert.All(waiting, r => Assert.Equal((0, "waiting for a send slot"), (r.Attempts, r.LastError)));
        Assert.All(waiting, r => Assert.True(r.NextAttemptAt > Start, "put back for later"));
        // The claim, the put-back, and one write per message sent.
        Assert.Equal(2 + _sender.Calls.Count, _commits);
    }
}
