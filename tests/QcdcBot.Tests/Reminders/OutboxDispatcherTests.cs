using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Scheduling.Reminders.Dispatch;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Reminders;
using QcdcBot.Tests.Storage;

namespace QcdcBot.Tests.Reminders;

public sealed class OutboxDispatcherTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 13, 1, 0, 0, TimeSpan.Zero);

    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _time = new(Start);
    private readonly DispatchOptions _options = new() { MaxAttempts = 3, FirstRetryDelay = TimeSpan.FromSeconds(30), BatchSize = 500 };
    private readonly OutboxStore _outbox;
    private readonly MemberStore _members;
    private readonly FakeSender _sender;
    private readonly OutboxDispatcher _dispatcher;

    public OutboxDispatcherTests()
    {
        _outbox = new OutboxStore(_db.Database, _time);
        _members = new MemberStore(_db.Database, _time);
        _sender = new FakeSender(_time);
        var options = Options.Create(_options);
        _dispatcher = new OutboxDispatcher(_outbox, _members, _sender, new OutboxRateLimiter(_time, options), _time, options, new OutboxSignal(_time), NullLogger<OutboxDispatcher>.Instance);
    }

    public void Dispose()
    {
        _dispatcher.Dispose();
        _db.Dispose();
    }

    private Task<int> EnqueueAsync(params string[] chats) =>
        _outbox.EnqueueAsync([.. chats.Select((c, i) => new OutboxItem("telegram", c, c.TrimStart('-'), "{}", $"k{i}"))]);

    /// <summary>Runs one round while moving the fake clock forward in small steps, as real time would.</summary>
    private async Task<int> DriveAsync(Task<int> round)
    {
        while (!round.IsCompleted)
        {
            _time.Advance(TimeSpan.FromMilliseconds(200));
            await Task.Delay(1);
        }

        return await round;
    }

    [Fact]
    public async Task Delivered_messages_are_marked_sent_with_the_channel_message_id()
    {
        await EnqueueAsync("1", "2");

        Assert.Equal(2, await DriveAsync(_dispatcher.DispatchOnceAsync(CancellationToken.None)));

        Assert.All(await _outbox.AllAsync(), m => Assert.Equal((OutboxState.Sent, $"ext-{m.Id}"), (m.State, m.ExternalMessageId)));
        Assert.Equal(0, await _dispatcher.DispatchOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_failing_message_is_retried_with_doubling_backoff_then_marked_failed_with_the_reason()
    {
        await EnqueueAsync("1");
        _sender.Answer = _ => SendResult.Transient("timeout");

        for (var i = 0; i < 10; i++)
        {
            await DriveAsync(_dispatcher.DispatchOnceAsync(CancellationToken.None));
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        // Attempts at 0 s, then 30 s and 60 s after the previous failure; nothing before a retry is due.
        var row = (await _outbox.AllAsync()).Single();
        Assert.Equal(OutboxState.Pending, row.State);
        Assert.Single(_sender.Calls);
        Assert.Equal(Start.AddSeconds(30), row.NextAttemptAt);

        _time.SetUtcNow(row.NextAttemptAt);
        await DriveAsync(_dispatcher.DispatchOnceAsync(CancellationToken.None));
        row = (await _outbox.AllAsync()).Single();
        Assert.Equal(2, row.Attempts);
        Assert.Equal(_sender.Calls[^1].At.AddSeconds(60), row.NextAttemptAt);

        _time.SetUtcNow(row.NextAttemptAt);
        await DriveAsync(_dispatcher.DispatchOnceAsync(CancellationToken.None));
        row = (await _outbox.AllAsync()).Single();
        Assert.Equal(OutboxState.Failed, row.State);
        Assert.Equal("gave up after 3 attempts: timeout", row.LastError);
        Assert.Equal([1, 2, 3], _sender.Calls.Select(c => c.Attempt));

        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await _dispatcher.DispatchOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_sender_exception_counts_as_a_transient_failure_and_a_later_attempt_can_succeed()
    {
        await EnqueueAsync("1");
        var calls = 0;
        _sender.Answer = _ => ++calls == 1 ? throw new HttpRequestException("connection reset") : SendResult.Delivered("m-7");

        await DriveAsync(_dispatcher.DispatchOnceAsync(CancellationToken.None));
        Assert.Equal("HttpRequestException: connection reset", (await _outbox.AllAsync()).Single().LastError);
        _time.Advance(TimeSpan.FromSeconds(30));
        await DriveAsync(_dispatcher.DispatchOnceAsync(CancellationToken.None));

        var row = (await _outbox.AllAsync()).Single();
        Assert.Equal((OutboxState.Sent, "m-7", 2), (row.State, row.ExternalMessageId, row.Attempts));
    }

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(10, 120)]
    public void Backoff_doubles_and_is_capped(int attempts, int seconds)
    {
        _options.MaxRetryDelay = TimeSpan.FromMinutes(2);
        Assert.Equal(TimeSpan.FromSeconds(seconds), _dispatcher.Backoff(attempts));
    }

    [Fact]
    public async Task A_retry_after_answer_pauses_the_whole_channel_without_using_up_attempts()
    {
        await EnqueueAsync("1", "2", "3");
        var first = true;
        _sender.Answer = m =>
        {
            if (first)
            {
                first = false;
                return SendResult.RetryAfter(TimeSpan.FromSeconds(10));
            }

            return SendResult.Delivered("ok");
        };

        await DriveAsync(_dispatcher.DispatchOnceAsync(CancellationToken.None));
        var afterFirstRound = await _outbox.AllAsync();
        Assert.Single(_sender.Calls);
        Assert.All(afterFirstRound, m => Assert.Equal((OutboxState.Pending, 0), (m.State, m.Attempts)));
        Assert.All(afterFirstRound, m => Assert.True(m.NextAttemptAt >= Start.AddSeconds(10)));

        _time.Advance(TimeSpan.FromSeconds(10));
        await DriveAsync(_dispatcher.DispatchOnceAsync(CancellationToken.None));

        Assert.All(await _outbox.AllAsync(), m => Assert.Equal(OutboxState.Sent, m.State));
        Assert.All(_sender.Calls.Skip(1), c => Assert.True(c.At >= Start.AddSeconds(10)));
    }

    [Fact]
    public async Task A_recipient_who_blocked_the_bot_fails_at_once_and_the_member_is_marked_unreachable()
    {
        var member = await _members.RememberAsync("telegram", "42", "42", "Bí thư", MemberRole.Secretary);
        await EnqueueAsync("42");
        _sender.Answer = _ => SendResult.Unreachable("Forbidden: bot was blocked by the user");

        await DriveAsync(_dispatcher.DispatchOnceAsync(CancellationToken.None));

        var row = (await _outbox.AllAsync()).Single();
        Assert.Equal((OutboxState.Failed, 1), (row.State, row.Attempts));
        Assert.False((await _members.FindAsync("telegram", "42"))!.Reachable);
        Assert.True(member.Reachable);
    }

    [Fact]
    public async Task Sending_respects_the_channel_per_chat_and_per_group_limits()
    {
        // 45 private chats, 3 more messages to one private chat, 25 to one group.
        var chats = Enumerable.Range(1, 45).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Concat(Enumerable.Repeat("7", 3))
            .Concat(Enumerable.Repeat("-100500", 25))
            .ToArray();
        await EnqueueAsync(chats);

        await DriveAsync(_dispatcher.DispatchOnceAsync(CancellationToken.None));

        var calls = _sender.Calls;
        Assert.Equal(chats.Length, calls.Count);
        static int MaxIn(IReadOnlyList<DateTimeOffset> times, TimeSpan window) =>
            times.Max(t => times.Count(u => u >= t && u < t + window));
        var all = calls.Select(c => c.At).ToList();
        Assert.True(MaxIn(all, TimeSpan.FromSeconds(1)) <= 30, "more than 30 per second on the channel");
        Assert.All(calls.GroupBy(c => c.ChatId), g => Assert.True(MaxIn([.. g.Select(c => c.At)], TimeSpan.FromSeconds(1)) <= 1, $"chat {g.Key} got more than one per second"));
        var group = calls.Where(c => c.ChatId == "-100500").Select(c => c.At).ToList();
        Assert.True(MaxIn(group, TimeSpan.FromMinutes(1)) <= 20, "more than 20 per minute in the group");
        // And the limits slow things down no more than needed: the 21st group message waits for the minute.
        Assert.True(group[20] - group[0] >= TimeSpan.FromMinutes(1));
        Assert.True(group[20] - group[0] < TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task A_dispatcher_stopped_mid_batch_leaves_the_rest_claimed_and_a_restart_delivers_each_after_the_lease()
    {
        await EnqueueAsync([.. Enumerable.Range(1, 200).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        using var stop = new CancellationTokenSource();
        var calls = 0;
        _sender.Answer = m =>
        {
            if (++calls == 51)
            {
                // The process dies before the 51st message leaves.
                stop.Cancel();
                stop.Token.ThrowIfCancellationRequested();
            }

            return SendResult.Delivered($"ext-{m.Id}");
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DriveAsync(_dispatcher.DispatchOnceAsync(stop.Token)));
        Assert.Equal(50, (await _outbox.AllAsync()).Count(m => m.State == OutboxState.Sent));
        Assert.Equal(0, await _dispatcher.DispatchOnceAsync(CancellationToken.None));

        _time.Advance(_options.ClaimLease);
        var options = Options.Create(_options);
        using var restarted = new OutboxDispatcher(_outbox, _members, _sender, new OutboxRateLimiter(_time, options), _time, options, new OutboxSignal(_time), NullLogger<OutboxDispatcher>.Instance);
        Assert.Equal(150, await DriveAsync(restarted.DispatchOnceAsync(CancellationToken.None)));

        var rows = await _outbox.AllAsync();
        Assert.All(rows, m => Assert.Equal(OutboxState.Sent, m.State));
        var delivered = _sender.Calls.Where((_, i) => i != 50).Select(c => c.Id).ToList();
        Assert.Equal(rows.Select(r => r.Id).Order(), delivered.Order());
    }

    [Fact]
    public async Task The_background_loop_delivers_and_stops_when_the_host_stops()
    {
        await EnqueueAsync("1");
        using var cts = new CancellationTokenSource();
        await _dispatcher.StartAsync(cts.Token);

        for (var i = 0; i < 500 && _sender.Calls.Count == 0; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }

        await _dispatcher.StopAsync(CancellationToken.None);
        Assert.Single(_sender.Calls);
    }
}
