using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Web.Office.Overview;

/// <summary>Reads the overview's data from the store: the same deadlines as the digest, the same tallies as /tinhhinh.</summary>
internal sealed class OverviewSource(DeadlineStore deadlines, TallyService tallies, UnitStore units, MemberStore members, OfficeClock clock)
{
    /// <summary>How long a closed deadline stays on the overview (the digest's "closed in the past week").</summary>
    public static readonly TimeSpan RecentlyClosed = TimeSpan.FromDays(7);

    public async Task<OverviewModel> BuildAsync(OverviewQuery query, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var shown = (await deadlines.ListAsync(includeClosed: true, ct))
            .Where(d => d.State == DeadlineState.Open || (d.State == DeadlineState.Closed && d.ChangedAt is { } changed && now - changed <= RecentlyClosed))
            .ToList();
        var counted = await tallies.ForDeadlinesAsync(shown, withFiles: false, ct);
        var reachable = (await members.AllAsync(ct)).Where(m => m.Reachable && m.UnitId is not null).Select(m => m.UnitId!.Value).ToHashSet();
        return OverviewModel.From(counted, await units.AllAsync(ct), reachable, clock.LocalNow, query);
    }
}
