using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Reminders;

namespace QcdcBot.Scheduling.Reminders;

/// <summary>What admins can do with reminders; the Bot maps /tamdung, /tieptuc, /nhacngay and /lichnhac here.</summary>
internal sealed class ReminderControl(
    DeadlineStore deadlines,
    DeadlineReminderSettingsStore settingsStore,
    ReminderLedgerStore ledger,
    ReminderPolicy policy,
    ReminderSweep sweep,
    Tallies.TallyService tallies,
    OfficeClock clock)
{
    /// <summary>Stops scheduled reminders for one deadline. False when the deadline is unknown or already paused.</summary>
    public async Task<bool> PauseAsync(long deadlineId, string actor, CancellationToken ct = default) =>
        await deadlines.GetAsync(deadlineId, ct) is not null && await settingsStore.SetPausedAsync(deadlineId, true, actor, ct);

    /// <summary>
    /// Resumes scheduled reminders. Slots that came due while paused follow the catch-up rule: the next sweep sends
    /// the most recent one and skips the rest.
    /// </summary>
    public async Task<bool> ResumeAsync(long deadlineId, string actor, CancellationToken ct = default) =>
        await deadlines.GetAsync(deadlineId, ct) is not null && await settingsStore.SetPausedAsync(deadlineId, false, actor, ct);

    /// <inheritdoc cref="ReminderSweep.SendNowAsync"/>
    public Task<ManualSendResult?> SendNowAsync(long deadlineId, FanoutRequester? requester = null, CancellationToken ct = default) =>
        sweep.SendNowAsync(deadlineId, requester, ct);

    /// <summary>
    /// Scheduled reminders for the next <paramref name="days"/> local days (today included), per date and deadline,
    /// as things stand now: units that submit meanwhile drop out. Paused deadlines are left out; escalations are not listed.
    /// </summary>
    public async Task<IReadOnlyList<ReminderPreviewEntry>> PreviewAsync(int days, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        var now = clock.UtcNow;
        var today = clock.Today;
        var last = today.AddDays(days - 1);
        var entries = new List<ReminderPreviewEntry>();
        foreach (var tally in await tallies.OpenAsync(ct))
        {
            var settings = await settingsStore.GetAsync(tally.Deadline.Id, ct);
            if (settings.Paused)
            {
                continue;
            }

            var done = (await ledger.ForDeadlineAsync(tally.Deadline.Id, ct)).Select(e => (e.UnitId, e.Slot)).ToHashSet();
            var upcoming = tally.Units
                .Where(u => u.Owes)
                .SelectMany(u => Upcoming(policy.For(u.DueDate, settings).Slots, tally.Deadline.CreatedAt, done, u.Unit.Id, now, today, last)
                    .Select(x => (Standing: u, x.Slot, x.Date, Paused: policy.PausedByReply(u.Status, x.Slot.SendAt))));
            // A unit that said it sent outside the bot is not reminded while the office checks: counted, not listed.
            entries.AddRange(upcoming
                .GroupBy(x => x.Date)
                .Select(g => new ReminderPreviewEntry(
                    g.Key,
                    tally.Deadline,
                    g.Where(x => !x.Paused).Select(x => x.Slot.Name).Distinct().ToList(),
                    g.Where(x => !x.Paused).Select(x => x.Standing.Unit).DistinctBy(u => u.Id).OrderBy(u => u.Id).ToList(),
                    g.Where(x => x.Paused).Select(x => x.Standing.Unit.Id).Distinct().Count())
                {
                    PastItsHour = g.Any(x => !x.Paused && x.Slot.SendAt <= now),
                }));
        }

        return entries.OrderBy(e => e.Date).ThenBy(e => e.Deadline.DueDate).ThenBy(e => e.Deadline.Id).ToList();
    }

    /// <summary>
    /// A unit's reminders in the window, as the sweep will send them: the latest slot whose hour has passed and that
    /// is not in the ledger goes out at the next sweep, so it is listed today whatever day it was for (an overdue
    /// reminder missed while the bot was off goes out this morning); then the slots still ahead. A slot timed before
    /// the deadline existed never goes out, so is never listed.
    /// </summary>
    private static IEnumerable<(ReminderSlot Slot, DateOnly Date)> Upcoming(
        IReadOnlyList<ReminderSlot> slots, DateTimeOffset createdAt, HashSet<(long UnitId, string Slot)> done, long unitId, DateTimeOffset now, DateOnly today, DateOnly last)
    {
        var valid = slots.Where(s => s.SendAt >= createdAt).ToList();
        var reached = valid.Where(s => s.SendAt <= now).ToList();
        if (reached.Count > 0 && !done.Contains((unitId, reached[^1].Key)))
        {
            yield return (reached[^1], today);
        }

        foreach (var slot in valid.Where(s => s.SendAt > now && s.Date <= last))
        {
            yield return (slot, slot.Date);
        }
    }
}
