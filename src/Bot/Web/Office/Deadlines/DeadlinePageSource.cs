using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Web.Office.Overview;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Reminders;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Web.Office.Deadlines;

internal sealed class DeadlinePageSource(
    DeadlineStore deadlines,
    TallyService tallies,
    UnitStore units,
    MemberStore members,
    ExtensionRequestStore requests,
    ReminderLedgerStore ledger,
    ReminderControl reminders,
    OfficeClock clock)
{
    /// <summary>How far ahead the page lists coming reminders.</summary>
    private const int DaysAhead = 14;

    public async Task<DeadlinePageModel?> BuildAsync(long deadlineId, CancellationToken ct)
    {
        if (await deadlines.GetAsync(deadlineId, ct) is not { } deadline)
        {
            return null;
        }

        // With files: the page links each unit's latest files, as /taifile packs them.
        var tally = (await tallies.ForDeadlinesAsync([deadline], withFiles: true, ct))[0];
        var all = await units.AllAsync(ct);
        var byId = all.ToDictionary(u => u.Id);
        var reachable = (await members.AllAsync(ct)).Where(m => m.Reachable && m.UnitId is not null).Select(m => m.UnitId!.Value).ToHashSet();
        var today = clock.Today;
        var extensions = (await requests.ForDeadlineAsync(deadline.Id, ct))
            .Where(r => r.State == ExtensionState.Pending && byId.ContainsKey(r.UnitId))
            .Select(r => (r, byId[r.UnitId]))
            .ToList();
        var excuses = tally.Units
            .Where(s => !s.Submitted && s.Status is { State: StatusState.NothingToReport, AcceptedBy: null })
            .Select(s => (s.Status!, s.Unit))
            .ToList();
        var coming = deadline.State == DeadlineState.Open
            ? (await reminders.PreviewAsync(DaysAhead, ct)).Where(e => e.Deadline.Id == deadline.Id).ToList()
            : [];
        var standings = tally.Units
            .OrderBy(s => s.Unit.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true))
            .Select(s => (s, UnitCell.From(s, today, reachable.Contains(s.Unit.Id), deadline.State)))
            .ToList();
        return new DeadlinePageModel(
            clock.LocalNow, tally, DeadlineText.Scope(deadline, all), extensions, excuses,
            await ledger.ForDeadlineAsync(deadline.Id, ct), coming, byId, standings);
    }
}
