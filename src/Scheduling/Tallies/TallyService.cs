using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Scheduling.Tallies;

internal sealed class TallyService(UnitStore units, DeadlineStore deadlines, SubmissionStore submissions, StatusNoteStore statuses, ExtensionRequestStore extensions)
{
    public async Task<DeadlineTally> ForDeadlineAsync(Deadline deadline, CancellationToken ct = default)
    {
        var allUnits = await units.AllAsync(ct);
        var overrides = await deadlines.OverridesAsync(deadline.Id, ct);
        var versions = await submissions.AllForDeadlineAsync(deadline.Id, ct);
        var notes = await statuses.LatestForDeadlineAsync(deadline.Id, ct);
        var pending = (await extensions.ForDeadlineAsync(deadline.Id, ct)).Where(r => r.State == ExtensionState.Pending)
            .GroupBy(r => r.UnitId).ToDictionary(g => g.Key, g => g.Last());
        var byUnit = versions.GroupBy(s => s.UnitId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.Version).ToList());

        var standings = allUnits
            .Where(deadline.Covers)
            .Select(unit =>
            {
                byUnit.TryGetValue(unit.Id, out var list);
                var extended = overrides.TryGetValue(unit.Id, out var due);
                return new UnitStanding(
                    unit,
                    extended ? due : deadline.DueDate,
                    extended,
                    list?[0],
                    list?[^1],
                    notes.GetValueOrDefault(unit.Id))
                {
                    LatestWithFiles = list?.LastOrDefault(s => s.Files.Count > 0),
                    LatestPaper = list?.LastOrDefault(s => s.Method == SubmissionMethod.Paper),
                    PendingExtension = pending.GetValueOrDefault(unit.Id),
                };
            })
            .ToList();
        return new DeadlineTally(deadline, standings);
    }

    public async Task<IReadOnlyList<DeadlineTally>> OpenAsync(CancellationToken ct = default)
    {
        var result = new List<DeadlineTally>();
        foreach (var deadline in await deadlines.ListAsync(includeClosed: false, ct))
        {
            result.Add(await ForDeadlineAsync(deadline, ct));
        }

        return result;
    }
}
