using System.Runtime.CompilerServices;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Exports;

/// <summary>
/// What a deadline's sheet shows, read lean: one pass over the deadline's versions for the columns the sheet has
/// (<see cref="SubmissionStore.ForSheetAsync"/>), not the full tally's submissions and their file lists. Each unit's
/// bucket comes from <see cref="StandingFacts"/>, the rule every tally view uses, so the numbers agree with /tinhhinh.
/// </summary>
internal sealed class SheetSource(UnitStore units, DeadlineStore deadlines, SubmissionStore submissions, StatusNoteStore statuses, ExtensionRequestStore extensions, IReminderCountSource reminders, OfficeClock clock)
{
    private static readonly int BucketCount = Enum.GetValues<StandingBucket>().Length;

    public Task<IReadOnlyList<Unit>> UnitsAsync(CancellationToken ct) => units.AllAsync(ct);

    public async Task<SheetData> ReadAsync(Deadline deadline, CancellationToken ct) => await ReadAsync(deadline, await units.AllAsync(ct), ct);

    /// <param name="allUnits">Every unit, read once for the whole workbook.</param>
    public async Task<SheetData> ReadAsync(Deadline deadline, IReadOnlyList<Unit> allUnits, CancellationToken ct)
    {
        var sent = await submissions.ForSheetAsync(deadline.Id, ct);
        var notes = await statuses.LatestForSheetAsync(deadline.Id, ct);
        var pending = deadline.AwaitsDecisions ? await extensions.LatestPendingForSheetAsync(deadline.Id, ct) : new Dictionary<long, ExtensionRequest>();
        var denied = (await extensions.DeniedUnitsAsync([deadline.Id], ct)).Select(f => f.UnitId).ToHashSet();
        var overrides = await deadlines.OverridesAsync(deadline.Id, ct);
        var counts = await reminders.CountsForDeadlineAsync(deadline.Id, ct);
        return Lines(deadline, allUnits, sent, notes, pending, denied, overrides, counts, clock.Today);
    }

    /// <summary>The lines from what was read; compiled optimised at once, as it runs once per sheet over every unit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SheetData Lines(
        Deadline deadline,
        IReadOnlyList<Unit> allUnits,
        IReadOnlyDictionary<long, SheetSubmission> sent,
        IReadOnlyDictionary<long, StatusNote> notes,
        IReadOnlyDictionary<long, ExtensionRequest> pending,
        HashSet<long> denied,
        IReadOnlyDictionary<long, DateOnly> overrides,
        IReadOnlyDictionary<long, int> counts,
        DateOnly today)
    {
        var listed = deadline.Scope == DeadlineScope.Units ? deadline.UnitIds.ToHashSet() : null;
        var buckets = new int[BucketCount];
        var lines = new List<SheetLine>(allUnits.Count);
        foreach (var unit in allUnits)
        {
            if (!(listed?.Contains(unit.Id) ?? deadline.Covers(unit)))
            {
                continue;
            }

            var submission = sent.GetValueOrDefault(unit.Id);
            var note = notes.GetValueOrDefault(unit.Id);
            var request = pending.GetValueOrDefault(unit.Id);
            var extended = overrides.TryGetValue(unit.Id, out var due);
            var running = ExtensionRunning.On(extended, due, today);
            var facts = new StandingFacts(
                submission is not null, submission is { FirstDaysLate: > 0 }, note?.State, note?.AcceptedAt is not null, note?.IsRefused ?? false, request is not null, running, extended && !running, denied.Contains(unit.Id));
            buckets[(int)facts.Bucket]++;
            lines.Add(new SheetLine(unit, facts, extended ? due : deadline.DueDate, running, submission, note, request, counts.GetValueOrDefault(unit.Id)));
        }

        return new SheetData(new DeadlineCounts(deadline, buckets, []), lines);
    }
}
