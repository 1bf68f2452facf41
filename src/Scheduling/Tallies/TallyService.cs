using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Scheduling.Tallies;

/// <summary>
/// Where units stand on deadlines, read set-based: the units, the extensions, the first and latest submissions and
/// the latest statuses each come from one query, however many units and deadlines (a handful of queries in all).
/// A single unit's standing reads that unit's rows only.
/// </summary>
internal sealed class TallyService(UnitStore units, DeadlineStore deadlines, SubmissionStore submissions, StatusNoteStore statuses, ExtensionRequestStore extensions, OfficeClock clock)
{
    public async Task<DeadlineTally> ForDeadlineAsync(Deadline deadline, CancellationToken ct = default) =>
        (await ForDeadlinesAsync([deadline], withFiles: false, ct))[0];

    /// <summary>The tallies of several deadlines in one pass; <paramref name="withFiles"/> loads the latest versions' file lists (exports).</summary>
    public async Task<IReadOnlyList<DeadlineTally>> ForDeadlinesAsync(IReadOnlyList<Deadline> list, bool withFiles, CancellationToken ct = default)
    {
        if (list.Count == 0)
        {
            return [];
        }

        var allUnits = await units.AllAsync(ct);
        var rows = await ReadAsync(list, null, withFiles, ct);
        return list.Select(d => new DeadlineTally(d, allUnits.Where(d.Covers).Select(u => rows.Standing(d, u)).ToList())).ToList();
    }

    public async Task<IReadOnlyList<DeadlineTally>> OpenAsync(CancellationToken ct = default) =>
        await ForDeadlinesAsync(await deadlines.ListAsync(includeClosed: false, ct), withFiles: false, ct);

    /// <summary>Where one unit stands on each of the deadlines that cover it (its /viec, its /donvi record): that unit's rows only.</summary>
    public async Task<IReadOnlyList<UnitStanding>> ForUnitAsync(Unit unit, IReadOnlyList<Deadline> list, CancellationToken ct = default)
    {
        var covering = list.Where(d => d.Covers(unit)).ToList();
        if (covering.Count == 0)
        {
            return [];
        }

        // One unit's rows carry their files' names: a record the office entered with a file is told from a paper one.
        var rows = await ReadAsync(covering, unit.Id, withFiles: true, ct);
        return covering.Select(d => rows.Standing(d, unit)).ToList();
    }

    private async Task<Rows> ReadAsync(IReadOnlyList<Deadline> list, long? unitId, bool withFiles, CancellationToken ct)
    {
        var ids = list.Select(d => d.Id).ToList();
        var overrides = await deadlines.OverridesForAsync(ids, unitId, ct);
        var versions = (await submissions.FirstAndLatestAsync(ids, unitId, withFiles, ct))
            .GroupBy(s => (s.DeadlineId, s.UnitId))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Submission>)g.ToList());
        var notes = (await statuses.LatestForDeadlinesAsync(ids, unitId, ct)).ToDictionary(n => (n.DeadlineId, n.UnitId));
        var pending = (await extensions.PendingForDeadlinesAsync(ids, unitId, ct))
            .GroupBy(r => (r.DeadlineId, r.UnitId)).ToDictionary(g => g.Key, g => g.Last());
        var denied = (await extensions.DeniedUnitsAsync(ids, ct)).Select(f => (f.DeadlineId, f.UnitId)).ToHashSet();
        return new Rows(overrides, versions, notes, pending, denied, clock.Today);
    }

    private sealed record Rows(
        IReadOnlyDictionary<(long DeadlineId, long UnitId), DateOnly> Overrides,
        Dictionary<(long DeadlineId, long UnitId), IReadOnlyList<Submission>> Versions,
        Dictionary<(long DeadlineId, long UnitId), StatusNote> Notes,
        Dictionary<(long DeadlineId, long UnitId), ExtensionRequest> Pending,
        HashSet<(long DeadlineId, long UnitId)> Denied,
        DateOnly Today)
    {
        public UnitStanding Standing(Deadline deadline, Unit unit)
        {
            var key = (deadline.Id, unit.Id);
            var extended = Overrides.TryGetValue(key, out var due);
            var found = Versions.TryGetValue(key, out var v);
            return new UnitStanding(unit, extended ? due : deadline.DueDate, ExtensionRunning.On(extended, due, Today), found ? Grading(v!) : null, found ? v![^1] : null, Notes.GetValueOrDefault(key))
            {
                // Set only when the files were read (exports): the latest version with files, the latest paper record.
                // The unit's own upload first: an office's file received outside the bot is kept beside it, never over it.
                LatestWithFiles = v?.LastOrDefault(s => s.Method == SubmissionMethod.Upload && s.Files.Count > 0) ?? v?.LastOrDefault(s => s.Files.Count > 0),
                LatestOfficeFiles = v?.LastOrDefault(s => s.Method == SubmissionMethod.Paper && s.Files.Count > 0),
                LatestPaper = v?.LastOrDefault(s => s.Method == SubmissionMethod.Paper),
                PendingExtension = deadline.AwaitsDecisions ? Pending.GetValueOrDefault(key) : null,
                ExtensionLapsed = extended && !ExtensionRunning.On(extended, due, Today),
                ExtensionDenied = Denied.Contains(key),
            };
        }

        /// <summary>
        /// The version that grades the unit: the one received earliest against the due date (fewest days late; of
        /// equals, the one received first, whatever order it was recorded in). Paper the office received on time,
        /// recorded after a late upload, makes the unit on time; paper received 9/12 and recorded after an upload of
        /// 10/12 dates the first hand-in 9/12 whatever the due date, so a /suahan never changes that date.
        /// </summary>
        private static Submission Grading(IReadOnlyList<Submission> versions) =>
            versions.OrderBy(s => s.DaysLate).ThenBy(s => s.ReceivedLocalDate).ThenBy(s => s.ReceivedAt).ThenBy(s => s.Version).First();
    }
}
