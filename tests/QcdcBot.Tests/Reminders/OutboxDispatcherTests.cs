using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Bot.Channels.Telegram;
using QcdcBot.Scheduling.Delivery;
using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.Members;
using QcdcBot.Tests.Storage;

namespace QcdcBot.Tests.Reminders;

public sealed class OutboxDispatcherTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 13, 1, 0, 0, TimeSpan.Zero);

    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _time = new(Start);
    private readonly DispatchOptions _options = new() { GiveUpAfter = TimeSpan.FromMinutes(5), FirstRetryDelay = TimeSpan.FromSeconds(30), BatchSize = 500 };
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
        _dispatcher = new OutboxDispatcher(_outbox, _members, _sender, new OutboxRateLimiter(_time, options, groupChats: [new TelegramGroupChats()]), _time, options, new OutboxSignal(_time), NullLogger<OutboxDispatcher>.Instance);
    }

    public void Dispose()
    {
        _dispatcher.Dispose();
        _db.Dispose();
    }

    private Task<int> EnqueueAsync(params string[] chats) =>
        _outbox.EnqueueAsync([.. chats.Select((c, i) => new OutboxItem("telegram", c, c.TrimStart('-'), "{}", $"k{i}"))]);

    /// <summary>Runs one round while moving the fake clock forward in small steps, as real time would.</summary>
    private async Task<int> DriveAsync(Task<int> round, int stepMilliseconds = 200)
    {
        while (!round.IsCompleted)
        {
            _time.Advance(TimeSpan.FromMilliseconds(stepMilliseconds));
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
    public async Task While_the_platform_is_unreachable_a_message_is_retried_with_capped_backoff_until_it_is_stale_then_the_admins_are_told()
    {
        var admin = await _members.RememberAsync("telegram", "900", "900", "Ban Tuyên giáo", MemberRole.Admin);
        var options = Options.Create(_options);
        using var dispatcher = new OutboxDispatcher(_outbox, _members, _sender, new OutboxRateLimiter(_time, options), _time, options, new OutboxSignal(_time),
            NullLogger<OutboxDispatcher>.Instance, new FakeComposer(_time));
        await _outbox.EnqueueAsync([new OutboxItem("telegram", "1", "1", "{}", "reply-1")]);
        _sender.Answer = m => m.ChatId == "1" ? SendResult.Transient("timeout") : SendResult.Delivered("ok");

        // Attempts at 0 s, then 30 s, 60 s and 120 s (the cap) after the previous failure; nothing before a retry is due.
        var expected = new[] { 30, 60, 120 };
        foreach (var delay in expected)
        {
            await DriveAsync(dispatcher.DispatchOnceAsync(CancellationToken.None));
            var row = (await _outbox.AllAsync()).Single(r => r.DedupeKey == "reply-1");
            Assert.Equal(OutboxState.Pending, row.State);
            Assert.Equal(_sender.Calls[^1].At.AddSeconds(delay), row.NextAttemptAt);
            Assert.Equal(0, await dispatcher.DispatchOnceAsync(CancellationToken.None));
            _time.SetUtcNow(row.NextAttemptAt);
        }

        // The next wait would end after GiveUpAfter (5 minutes from when it was queued): marked failed, and the admin is told.
        await DriveAsync(dispatcher.DispatchOnceAsync(CancellationToken.None));
        var failed = (await _outbox.AllAsync()).Single(r => r.DedupeKey == "reply-1");
        Assert.Equal(OutboxState.Failed, failed.State);
        Assert.StartsWith("not delivered within", failed.LastError, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3, 4], _sender.Calls.Where(c => c.ChatId == "1").Select(c => c.Attempt));
        var notice = Assert.Single(await _outbox.AllAsync(), r => r.ChatId == admin.ChatId);
        Assert.Contains(failed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), notice.BodyJson, StringComparison.Ordinal);
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

        await DriveAsync(_dispatcher.DispatchOnceAsync(CancellationToken.None), stepMilliseconds: 5);
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

        // A chat busy for more than a few seconds gets its messages back in the store until then: a few rounds.
        for (var round = 0; round < 1000 && (await _outbox.AllAsync()).Any(m => m.State == OutboxState.Pending); round++)
        {
            await DriveAsync(_dispatcher.DispatchOnceAsync(CancellationToken.None));
            _time.Advance(TimeSpan.FromMilliseconds(200));
        }

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
        // (Rounds here run one after another; a message put back to wait for its chat may be claimed up to a round late.)
        Assert.True(group[20] - group[0] < TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(7));
    }

    [Fact]
    public void Messages_get_evenly_spaced_slots_never_a_burst_and_a_busy_chat_takes_later_slots_without_holding_others()
    {
        var limiter = new OutboxRateLimiter(_time, Options.Create(_options));
        var slots = Enumerable.Range(1, 20).Select(i => limiter.Reserve("telegram", i.ToString(System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromSeconds(5)).Slot!.Value).ToList();
        Assert.All(slots.Zip(slots.Skip(1)), p => Assert.Equal(TimeSpan.FromSeconds(1) / 30, p.Second - p.First));

        // A second message to chat 1 waits a second after the first; chat 21, asked for later, goes before it.
        var again = limiter.Reserve("telegram", "1", TimeSpan.FromSeconds(5)).Slot!.Value;
        var other = limiter.Reserve("telegram", "21", TimeSpan.FromSeconds(5)).Slot!.Value;
        Assert.True(again >= slots[0] + TimeSpan.FromSeconds(1));
        Assert.True(other < again);

        // A chat busy for longer than asked is not given a slot at all: its message waits in the store.
        for (var i = 0; i < 5; i++)
        {
            limiter.Reserve("telegram", "1", TimeSpan.MaxValue);
        }

        var refused = limiter.Reserve("telegram", "1", TimeSpan.FromSeconds(5));
        Assert.Null(refused.Slot);
        Assert.True(refused.ChatReadyAt > Start + TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_fan_out_to_500_chats_sent_back_to_wait_for_its_slots_asks_for_a_slot_at_most_twice_per_message_and_keeps_the_pace()
    {
        // As the dispatcher does: a message whose slot is more than 5 s away goes back to the store until the limiter
        // says, and is claimed (asks again) once it is due. A backlog put back all to one time comes back all at once
        // and most of it is put back again, round after round: a write and a claim each time.
        var limiter = new OutboxRateLimiter(_time, Options.Create(_options));
        var hold = TimeSpan.FromSeconds(5);
        var due = Enumerable.Repeat(Start, 500).ToArray();
        var slots = new DateTimeOffset?[500];
        var asks = new int[500];
        while (slots.Any(s => s is null) && _time.GetUtcNow() < Start + TimeSpan.FromMinutes(1))
        {
            for (var i = 0; i < 500; i++)
            {
                if (slots[i] is null && due[i] <= _time.GetUtcNow())
                {
                    asks[i]++;
                    var reservation = limiter.Reserve("telegram", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), hold);
                    (slots[i], due[i]) = (reservation.Slot, reservation.ChatReadyAt);
                }
            }

            _time.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.All(slots, s => Assert.NotNull(s));
        Assert.True(asks.Max() <= 2 && asks.Sum() <= 850, $"a message asked {asks.Max()} times; {asks.Sum()} asks in all");
        // The channel never idles for it: 500 slots 1/30 s apart, the last within a second of 500/30 s.
        Assert.True(slots.Max() - Start < TimeSpan.FromSeconds(500.0 / 30 + 1), $"the last slot was at {slots.Max() - Start}");
        Assert.Equal(500, slots.Distinct().Count());
    }

    [Fact]
    public async Task A_slow_or_failing_follow_up_after_a_send_neither_delays_the_chats_next_message_nor_sends_it_again()
    {
        // The channel's own write after a send (the reply link) is held for the first message and fails for the second.
        var held = new TaskCompletionSource();
        _sender.Answer = m => SendResult.Delivered($"ext-{m.Id}", m.DedupeKey == "k0" ? _ => held.Task : _ => throw new InvalidOperationException("disk I/O error"));
        await EnqueueAsync("1", "1");

        var round = _dispatcher.DispatchOnceAsync(CancellationToken.None);
        for (var i = 0; i < 40 && _sender.Calls.Count < 2; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(10);
        }

        // The chat's second message left its second after the first while the first one's follow-up was still held (held
        // until the end: any send at all proves it did not wait). The fake clock moves on while a loaded machine has not
        // yet run the dispatcher, so the gap is bounded loosely above, never below the chat's one second.
        Assert.Equal(2, _sender.Calls.Count);
        Assert.InRange(_sender.Calls[1].At - _sender.Calls[0].At, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3));
        held.SetResult();
        await DriveAsync(round);

        Assert.All(await _outbox.AllAsync(), m => Assert.Equal(OutboxState.Sent, m.State));
        _time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(0, await DriveAsync(_dispatcher.DispatchOnceAsync(CancellationToken.None)));
        Assert.Equal(2, _sender.Calls.Count);
    }

    [Fact]
    public Task A_message_claimed_again_while_its_send_was_out_is_not_sent_again_when_that_send_ends_during_the_claiming_round() => Task.Run(async () =>
    {
        // Two sends held out on the network past their claim lease (a slow API, a starved machine); the next round
        // claims both again. The store is busy when it starts, and the second message's send ends (delivered, and
        // recorded as soon as the store is free) while that round is still writing "still being sent" for the first.
        var answers = new Dictionary<string, TaskCompletionSource<SendResult>> { ["k0"] = new(), ["k1"] = new() };
        _sender.AnswerLater = m => answers[m.DedupeKey!].Task;
        await EnqueueAsync("1", "2");
        var first = _dispatcher.DispatchOnceAsync(CancellationToken.None);
        for (var i = 0; i < 50 && _sender.Calls.Count < 2; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(20));
            await Task.Delay(5);
        }

        Assert.Equal(2, _sender.Calls.Count);
        _time.Advance(_options.ClaimLease + TimeSpan.FromSeconds(1));
        var busy = new TaskCompletionSource();
        var otherWriter = _db.Database.InTransactionAsync((_, _) => busy.Task);
        var second = _dispatcher.DispatchOnceAsync(CancellationToken.None);
        answers["k1"].SetResult(SendResult.Delivered("ext-k1"));
        busy.SetResult();
        await otherWriter;
        await DriveAsync(second, 20);
        answers["k0"].SetResult(SendResult.Delivered("ext-k0"));
        await DriveAsync(first, 20);

        // Each went out once, and both are recorded as sent.
        Assert.Equal([1L, 2L], _sender.Calls.Select(c => c.Id).Order());
        Assert.All(await _outbox.AllAsync(), m => Assert.Equal(OutboxState.Sent, m.State));
    });

    [Fact]
    public async Task A_flood_to_one_chat_does_not_hold_the_messages_to_other_chats()
    {
        // A stranger's 120 answers are queued first, then a fan-out to 20 other chats.
        await EnqueueAsync([.. Enumerable.Repeat("666", 120), .. Enumerable.Range(1, 20).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        await DriveAsync(_dispatcher.DispatchOnceAsync(CancellationToken.None));

        var others = _sender.Calls.Where(c => c.ChatId != "666").ToList();
        Assert.Equal(20, others.Count);
        Assert.True(others.Max(c => c.At) - Start < TimeSpan.FromSeconds(2), $"the others waited until {others.Max(c => c.At) - Start}");
        // The flooded chat keeps its own pace, and its backlog waits in the store.
        Assert.True(_sender.Calls.Count(c => c.ChatId == "666") <= 6);
        Assert.Equal(120 - _sender.Calls.Count(c => c.ChatId == "666"), (await _outbox.AllAsync()).Count(m => m.State == OutboxState.Pending));
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

        await DriveAsync(_dispatcher.DispatchOnceAsync(stop.Token));
        var sentBefore = (await _outbox.AllAsync()).Count(m => m.State == OutboxState.Sent);
        Assert.InRange(sentBefore, 50, 199);

        _time.Advance(_options.ClaimLease);
        var options = Options.Create(_options);
        using var restarted = new OutboxDispatcher(_outbox, _members, _sender, new OutboxRateLimiter(_time, options, groupChats: [new TelegramGroupChats()]), _time, options, new OutboxSignal(_time), NullLogger<OutboxDispatcher>.Instance);
        for (var round = 0; round < 100 && (await _outbox.AllAsync()).Any(m => m.State == OutboxState.Pending); round++)
        {
            await DriveAsync(restarted.DispatchOnceAsync(CancellationToken.None));
            _time.Advance(TimeSpan.FromMilliseconds(200));
        }

        var rows = await _outbox.AllAsync();
        Assert.All(rows, m => Assert.Equal(OutboxState.Sent, m.State));
        // Only the message whose send the stop cut off was tried twice; everything else went out once.
        var twice = _sender.Calls.GroupBy(c => c.Id).Where(g => g.Count() > 1).ToList();
        Assert.Equal(2, Assert.Single(twice).Count());
        Assert.Equal(rows.Select(r => r.Id).Order(), _sender.Calls.Select(c => c.Id).Distinct().Order());
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
