using QcdcBot.Scheduling.Reminders;
using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.Members;

namespace QcdcBot.Tests.Reminders;

/// <summary>What the sweep asked the composer for.</summary>
internal sealed record ComposerCall(string Kind, long DeadlineId, long UnitId, string Slot, DateOnly Today, DateTimeOffset At, IReadOnlyList<long> Units);

/// <summary>Records every request and answers with one message per recipient; can be told to fail after N reminders.</summary>
internal sealed class FakeComposer(TimeProvider time) : IReminderComposer
{
    private readonly List<ComposerCall> _calls = [];

    public IReadOnlyList<ComposerCall> Calls => _calls;

    /// <summary>Throw on the reminder after this many have been composed (a crash mid fan-out).</summary>
    public int? FailAfter { get; set; }

    /// <summary>Throw on every reminder for this deadline (a poisoned deadline).</summary>
    public long? FailForDeadline { get; set; }

    public int Reminders => _calls.Count(c => c.Kind == "reminder");

    public Task<IReadOnlyList<OutboxItem>> ComposeUndeliveredAsync(OutboxMessage message, IReadOnlyList<Member> admins, string dedupeKey, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<OutboxItem>>([.. admins.Select(a => new OutboxItem(a.Channel, a.ChatId, a.UserId, "{\"undelivered\":" + message.Id + "}", $"{dedupeKey}:{a.Id}"))]);

    public Task<IReadOnlyList<OutboxItem>> ComposeReminderAsync(ReminderNotice notice, IReadOnlyList<Member> recipients, CancellationToken ct)
    {
        if ((FailAfter is { } n && Reminders >= n) || FailForDeadline == notice.Deadline.Id)
        {
            throw new InvalidOperationException("simulated crash while composing");
        }

        _calls.Add(new("reminder", notice.Deadline.Id, notice.Unit.Id, notice.Slot.Name, notice.Today, time.GetUtcNow(), [notice.Unit.Id]));
        return Task.FromResult(Items(recipients, notice.Slot.Name));
    }

    /// <summary>Records one call per unreachable unit and one per deadline with units newly past their last reminder.</summary>
    public Task<IReadOnlyList<OutboxItem>> ComposeAdminNoticeAsync(AdminSweepNotice notice, IReadOnlyList<Member> admins, CancellationToken ct)
    {
        foreach (var alert in notice.Deadlines)
        {
            foreach (var n in alert.Unreachable)
            {
                _calls.Add(new("unreachable", n.Deadline.Id, n.Unit.Id, n.Slot.Name, n.Today, time.GetUtcNow(), [n.Unit.Id]));
            }

            if (alert.NewlyOverdue.Count > 0)
            {
                _calls.Add(new("escalation", alert.Deadline.Id, 0, "escalation", notice.Today, time.GetUtcNow(), [.. alert.NewlyOverdue.Select(u => u.Unit.Id)]));
            }
        }

        AdminNotices++;
        var unreachable = notice.Deadlines.Any(a => a.Unreachable.Count > 0) ? "unreachable " : string.Empty;
        return Task.FromResult(Items(admins, unreachable + "admins"));
    }

    /// <summary>How many admin notices were composed (one per sweep at most).</summary>
    public int AdminNotices { get; private set; }

    public Task<IReadOnlyList<OutboxItem>> ComposeResumedAsync(ResumedFanout resumed, CancellationToken ct)
    {
        _calls.Add(new("resumed", resumed.Fanout.DeadlineId, 0, resumed.Fanout.Slot, default, time.GetUtcNow(), []));
        var to = resumed.Requester;
        return Task.FromResult<IReadOnlyList<OutboxItem>>([new OutboxItem(to.Channel, to.ChatId, to.UserId, $$"""{"what":"resumed {{resumed.RemindedBefore}}+{{resumed.Resumed?.Reminded}}"}""")]);
    }

    public void Clear() => _calls.Clear();

    private static IReadOnlyList<OutboxItem> Items(IReadOnlyList<Member> to, string what) =>
        [.. to.Select(m => new OutboxItem(m.Channel, m.ChatId, m.UserId, $$"""{"what":"{{what}}"}"""))];
}
