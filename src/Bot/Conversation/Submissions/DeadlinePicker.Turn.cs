using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Submissions;

internal sealed partial class DeadlinePicker
{
    /// <summary>The unit's open deadlines with what it handed in and its latest notes (<see cref="UnitDeadlines"/>): four reads.</summary>
    public async Task<UnitDeadlines> ReadAsync(Unit unit, CancellationToken ct)
    {
        var every = await deadlines.ListAsync(includeClosed: false, ct);
        var open = await OpenForAsync(unit, every, ct);
        if (open.Count == 0)
        {
            return new UnitDeadlines(open, new HashSet<long>(), new Dictionary<long, Storage.Statuses.StatusNote>(), every);
        }

        var ids = open.Select(d => d.Id).ToList();
        var handedIn = await submissions.HandedInAmongAsync(unit.Id, ids, ct);
        var latest = (await notes.LatestForDeadlinesAsync(ids, unit.Id, ct)).ToDictionary(n => n.DeadlineId);
        return new UnitDeadlines(open, handedIn, latest, every);
    }
}
