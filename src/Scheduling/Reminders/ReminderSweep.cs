using System.Globalization;
using Microsoft.Extensions.Logging;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Reminders;

namespace QcdcBot.Scheduling.Reminders;

/// <summary>
/// Works out which reminders are due now and writes them (ledger row + outbox rows, one transaction each).
/// A run reads set-based: the settings and the ledger of every open deadline in one query each, then one tally for
/// the deadlines whose first reminder time has come (the others have nothing due yet).
/// Every run recomputes from the tally and the ledger, so it is safe to run as often as wanted, after any
/// downtime, or twice at once: the ledger's primary key lets each (deadline, unit, slot) through once.
/// </summary>
/// <remarks>
/// Catch-up rule: of the slots whose time has come and that are not in the ledger, only the most recent is sent;
/// the older ones are recorded as skipped in the same transaction, so after downtime a unit gets one reminder that
/// matches where it stands, never a burst of stale ones, and the skipped ones never fire later.
/// Slots timed before the deadline was created are ignored (it did not exist yet).
/// The admins get at most one message per sweep (<see cref="ReportToAdminsAsync"/>), whatever the number of deadlines:
/// the units nobody can be told, and the units newly past their last overdue reminder. Each unit past it is told once
/// per due date (ledger row (deadline, unit 0, "escalated-‹unit›-‹due›")), on a working day from the send time on: an
/// unchanged list is not repeated, and a unit whose extension runs out later is told again.
/// </remarks>
internal sealed partial class ReminderSweep(
    TallyService tallies,
    DeadlineStore deadlines,
    ReminderPolicy policy,
    ReminderLedgerStore ledger,
    ReminderFanoutStore fanouts,
    DeadlineReminderSettingsStore settingsStore,
    MemberStore members,
    IReminderComposer composer,
    WorkingDayCalendar calendar,
    OfficeClock clock,
    ILogger<ReminderSweep> logger)
{
    public async Task<SweepResult> RunAsync(CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var today = clock.Today;
        var recipients = await RecipientsAsync(ct);
        var total = new SweepResult(0, 0, 0, 0, 0);
        // Marked while it runs: a sweep cut off by a crash is run again at the next start, not at the next firing.
        var marker = await fanouts.BeginAsync(0, ReminderFanoutStore.SweepSlot, null, ct);
        var allSettings = await settingsStore.AllAsync(ct);
        DeadlineReminderSettings SettingsOf(Deadline d) => allSettings.GetValueOrDefault(d.Id) ?? DeadlineReminderSettings.Default(d.Id);
        // A unit's own due date is the deadline's or a later one (an extension), so a deadline whose earliest
        // reminder time has not come has nothing due for any unit.
        var due = (await deadlines.ListAsync(includeClosed: false, ct))
            .Where(d => !SettingsOf(d).Paused && EarliestDue(d, SettingsOf(d)) <= now)
            .ToList();
        var done = await ledger.DoneForDeadlinesAsync(due.Select(d => d.Id).ToList(), ct);
        var alerts = new List<(DeadlineAlert Alert, IReadOnlyList<LedgerSlot> Rows)>();
        foreach (var tally in await tallies.ForDeadlinesAsync(due, withFiles: false, ct))
        {
            ct.ThrowIfCancellationRequested();
            var counts = new Counts();
            try
            {
                var alert = await SweepDeadlineAsync(tally, SettingsOf(tally.Deadline), done[tally.Deadline.Id], now, today, recipients, counts, ct);
                if (!alert.Alert.IsEmpty)
                {
                    alerts.Add(alert);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException && e is not OutOfMemoryException && StoreFault.Of(e) is null)
            {
                // One deadline that cannot be composed must not starve the others; what was recorded before the
                // failure stays recorded, and the next sweep picks up the rest. A store fault is not this deadline's:
                // it ends the run, and the caller's store-error policy runs the whole sweep again.
                logger.LogError(e, "Reminder sweep failed for deadline {Deadline}", tally.Deadline.Id);
                counts.Failed = 1;
            }

            total = total with
            {
                Reminded = total.Reminded + counts.Reminded,
                Skipped = total.Skipped + counts.Skipped,
                FailedDeadlines = total.FailedDeadlines + counts.Failed,
            };
        }

        if (await ReportToAdminsAsync(today, alerts, recipients.Admins, ct))
        {
            total = total with
            {
                Unreachable = total.Unreachable + alerts.Sum(a => a.Alert.Unreachable.Count),
                Skipped = total.Skipped + alerts.Sum(a => a.Rows.Sum(r => r.Skipped.Count)),
                Escalations = total.Escalations + alerts.Count(a => a.Alert.NewlyOverdue.Count > 0),
            };
        }

        await fanouts.ForgetAsync(marker, ct);
        if (total.Reminded + total.Unreachable + total.Escalations + total.FailedDeadlines > 0)
        {
            logger.LogInformation(
                "Reminder sweep: {Reminded} reminded, {Unreachable} unreachable, {Skipped} skipped, {Escalations} escalations, {Failed} deadlines failed",
                total.Reminded, total.Unreachable, total.Skipped, total.Escalations, total.FailedDeadlines);
        }

        return total;
    }

    /// <summary>
    /// Reminds every unit that still owes the deadline now, whatever the schedule or pause says, once per unit per
    /// local day (ledger slot "manual-yyyy-MM-dd"). Null when the deadline is unknown or not open. The fan-out is
    /// written down first, so if it is cut off <see cref="ResumeAsync"/> reminds the rest at the next start.
    /// </summary>
    public async Task<ManualSendResult?> SendNowAsync(long deadlineId, FanoutRequester? requester, CancellationToken ct = default)
    {
        var deadline = await deadlines.GetAsync(deadlineId, ct);
        if (deadline is not { State: DeadlineState.Open })
        {
            return null;
        }

        var slot = ManualSlot(clock.Today, clock.UtcNow);
        var fanout = await fanouts.BeginAsync(deadline.Id, slot.Key, requester, ct);
        var result = await RemindOwingAsync(deadline, slot, ct);
        await fanouts.FinishAsync(fanout, [], ct);
        return result;
    }

    /// <summary>
    /// Finishes a manual fan-out cut off by a crash: the units the ledger shows as reminded are left alone, the rest
    /// are reminded under the same slot. Null when the deadline is no longer open (nothing more is sent).
    /// </summary>
    public async Task<ManualSendResult?> ResumeAsync(ReminderFanout fanout, CancellationToken ct = default)
    {
        var deadline = await deadlines.GetAsync(fanout.DeadlineId, ct);
        if (deadline is not { State: DeadlineState.Open }
            || !DateOnly.TryParseExact(fanout.Slot["manual-".Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return null;
        }

        return await RemindOwingAsync(deadline, ManualSlot(day, fanout.StartedAt), ct);
    }

    private static ReminderSlot ManualSlot(DateOnly day, DateTimeOffset at)
    {
        var name = "manual-" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ReminderSlot(name, name, ReminderSlotKind.Manual, 0, day, at);
    }

    private async Task<ManualSendResult> RemindOwingAsync(Deadline deadline, ReminderSlot slot, CancellationToken ct)
    {
        var today = clock.Today;
        var (byUnit, admins) = await RecipientsAsync(ct);
        var tally = await tallies.ForDeadlineAsync(deadline, ct);
        var done = (await ledger.ForDeadlineAsync(deadline.Id, ct)).Select(e => (e.UnitId, e.Slot)).ToHashSet();
        int reminded = 0, already = 0, paused = 0;
        var now = clock.UtcNow;
        var unreachable = new List<ReminderNotice>();
        var rows = new List<LedgerSlot>();
        var remindedNow = new HashSet<long>();
        foreach (var standing in tally.Units.Where(u => u.Owes))
        {
            ct.ThrowIfCancellationRequested();
            var notice = new ReminderNotice(deadline, standing, slot, today);
            if (policy.PausedByReply(standing.Status, now))
            {
                // The unit said it sent outside the bot and the office is checking: reminding it now would contradict that.
                paused++;
            }
            else if (done.Contains((standing.Unit.Id, slot.Key)))
            {
                // Already reminded today (or before a crash cut this fan-out off): nothing to compose.
                already++;
            }
            else if (byUnit[standing.Unit.Id].Any())
            {
                var sent = await RemindAsync(notice, [.. byUnit[standing.Unit.Id]], [], ct);
                reminded += sent ? 1 : 0;
                already += sent ? 0 : 1;
            }
            else if (done.Contains((standing.Unit.Id, UnreachableKey(slot))))
            {
                already++;
            }
            else
            {
                unreachable.Add(notice);
                rows.Add(UnreachableRow(notice, []));
            }
        }

        var alert = new DeadlineAlert(deadline, unreachable, [], 0);
        await ReportToAdminsAsync(today, alert.IsEmpty ? [] : [(alert, rows)], admins, ct);
        return new ManualSendResult(reminded, unreachable.Count, already, paused)
        {
            UnreachableCodes = unreachable.Count == 0 ? [] : [.. unreachable.Select(n => n.Unit.Code)],
        };
    }

    /// <summary>When the first reminder (or, with no slots at all, the first escalation) of the deadline's own schedule falls.</summary>
    private DateTimeOffset EarliestDue(Deadline deadline, DeadlineReminderSettings settings)
    {
        var schedule = policy.For(deadline.DueDate, settings);
        var first = schedule.Slots.Count > 0 ? schedule.Slots.Min(s => s.SendAt) : DateTimeOffset.MaxValue;
        return schedule.EscalationFrom is { } escalation && escalation < first ? escalation : first;
    }

    /// <summary>Sends the unit reminders due and returns what the admins are to be told about the deadline, with its ledger rows.</summary>
    private async Task<(DeadlineAlert Alert, IReadOnlyList<LedgerSlot> Rows)> SweepDeadlineAsync(
        DeadlineTally tally,
        DeadlineReminderSettings settings,
        HashSet<(long UnitId, string Slot)> done,
        DateTimeOffset now,
        DateOnly today,
        (ILookup<long, Member> ByUnit, IReadOnlyList<Member> Admins) recipients,
        Counts counts,
        CancellationToken ct)
    {
        var deadline = tally.Deadline;
        var escalating = new List<UnitStanding>();
        var unreachable = new List<ReminderNotice>();
        var rows = new List<LedgerSlot>();
        var remindedNow = new HashSet<long>();
        foreach (var standing in tally.Units.Where(u => u.Owes))
        {
            ct.ThrowIfCancellationRequested();
            var unitId = standing.Unit.Id;
            if (policy.PausedByReply(standing.Status, now))
            {
                // The office is checking what the unit says it sent outside the bot; the slots reached meanwhile are
                // caught up by the usual rule (only the latest is sent) if the pause runs out.
                continue;
            }

            var schedule = policy.For(standing.DueDate, settings);
            if (schedule.EscalationFrom <= now)
            {
                escalating.Add(standing);
            }

            var reached = schedule.Slots.Where(s => s.SendAt <= now && s.SendAt >= deadline.CreatedAt).ToList();
            if (reached.Count == 0)
            {
                continue;
            }

            var latest = reached[^1];
            var older = reached.Take(reached.Count - 1).Where(s => !done.Contains((unitId, s.Key))).Select(s => s.Key).ToList();
            if (done.Contains((unitId, latest.Key)))
            {
                // Only possible if an older slot's row is missing, e.g. a cadence override added a slot.
                if (older.Count > 0)
                {
                    await ledger.RecordSkippedAsync(deadline.Id, unitId, older, ct);
                    counts.Skipped += older.Count;
                }

                continue;
            }

            var notice = new ReminderNotice(deadline, standing, latest, today);
            if (!recipients.ByUnit[unitId].Any())
            {
                if (!done.Contains((unitId, UnreachableKey(latest))))
                {
                    unreachable.Add(notice);
                    rows.Add(UnreachableRow(notice, older));
                }

                continue;
            }

            var sent = await RemindAsync(notice, [.. recipients.ByUnit[unitId]], older, ct);
            counts.Skipped += sent ? older.Count : 0;
            counts.Reminded += sent ? 1 : 0;
            if (sent)
            {
                remindedNow.Add(unitId);
            }
        }

        var newlyOverdue = new List<UnitStanding>();
        var daily = calendar.IsWorkingDay(today) && now >= policy.SendTimeOn(today, settings);
        var waiting = new List<UnitStanding>();
        if (daily && !done.Contains((ReminderLedgerStore.DeadlineWide, WaitingKey(today))))
        {
            waiting.AddRange(tally.Units.Where(s => WaitingSince(s) is { } since && clock.LocalDate(since) < today));
            if (waiting.Count > 0)
            {
                rows.Add(new LedgerSlot(deadline.Id, ReminderLedgerStore.DeadlineWide, WaitingKey(today), []));
            }
        }

        if (escalating.Count > 0 && daily)
        {
            foreach (var standing in escalating.Where(s => !done.Contains((ReminderLedgerStore.DeadlineWide, EscalatedKey(s)))))
            {
                newlyOverdue.Add(standing);
                rows.Add(new LedgerSlot(deadline.Id, ReminderLedgerStore.DeadlineWide, EscalatedKey(standing), []));
            }
        }

        return (new DeadlineAlert(deadline, unreachable, newlyOverdue, escalating.Count)
        {
            RemindedNow = remindedNow,
            Unreached = newlyOverdue.Where(s => !recipients.ByUnit[s.Unit.Id].Any()).Select(s => s.Unit.Id).ToHashSet(),
            Waiting = waiting,
        }, rows);
    }

    /// <summary>When the unit's request or claim the office has yet to answer was made; null when none waits.</summary>
    internal static DateTimeOffset? WaitingSince(UnitStanding s) => s.Bucket switch
    {
        StandingBucket.ExtensionPending => s.PendingExtension!.RequestedAt,
        StandingBucket.ExcusePending or StandingBucket.SentOnPaper or StandingBucket.SentViaIOffice or StandingBucket.SentByEmail => s.Status!.CreatedAt,
        _ => null,
    };

    /// <summary>The admins are told each working day, once, which requests of a deadline still wait for them.</summary>
    private static string WaitingKey(DateOnly today) => "waiting-" + today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The reminder to the unit's reachable members, written with its ledger row; false if already recorded.</summary>
    private async Task<bool> RemindAsync(ReminderNotice notice, List<Member> unitMembers, IReadOnlyList<string> olderSlots, CancellationToken ct)
    {
        var deadlineId = notice.Deadline.Id;
        var unitId = notice.Unit.Id;
        var messages = await composer.ComposeReminderAsync(notice, unitMembers, ct);
        return await ledger.RecordSlotAsync(deadlineId, unitId, notice.Slot.Key, Keyed(messages, deadlineId, unitId, notice.Slot.Key), olderSlots, ct);
    }

    private static string UnreachableKey(ReminderSlot slot) => "unreachable-" + slot.Key;

    /// <summary>A unit with nobody to tell: its slot is closed with the admins' notice, so it is not sent late when someone binds.</summary>
    private static LedgerSlot UnreachableRow(ReminderNotice notice, IReadOnlyList<string> older) =>
        new(notice.Deadline.Id, notice.Unit.Id, UnreachableKey(notice.Slot), [.. older, notice.Slot.Key]);

    /// <summary>The admins are told once that a unit is past its last overdue reminder for this due date of its own.</summary>
    private static string EscalatedKey(UnitStanding standing) =>
        $"escalated-{standing.Unit.Id}-{standing.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private async Task<(ILookup<long, Member> ByUnit, IReadOnlyList<Member> Admins)> RecipientsAsync(CancellationToken ct)
    {
        var all = await members.AllAsync(ct);
        var byUnit = all.Where(m => m.Reachable && m.UnitId is not null).ToLookup(m => m.UnitId!.Value);
        var admins = all.Where(m => m.Reachable && m.Role == MemberRole.Admin).ToList();
        return (byUnit, admins);
    }

    /// <summary>The outbox dedupe key repeats the ledger key, so even a replayed write cannot queue a message twice.</summary>
    private static List<OutboxItem> Keyed(IReadOnlyList<OutboxItem> messages, long deadlineId, long unitId, string slot) =>
        messages.Select((m, i) => m with { DedupeKey = $"{KeyPrefix(deadlineId)}{unitId}:{slot}:{i}" }).ToList();

    /// <summary>How every queued reminder of a deadline is keyed: a deadline that ends withdraws the ones not yet sent.</summary>
    public static string KeyPrefix(long deadlineId) => $"reminder:{deadlineId}:";

    private sealed class Counts
    {
        public int Reminded { get; set; }

        public int Skipped { get; set; }

        public int Failed { get; set; }
    }
}
