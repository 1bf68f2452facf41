using QcdcBot.Bot.Web.Office.Overview;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Reminders;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Web.Office.Units;

internal sealed class UnitPageSource(
    UnitStore units,
    MemberStore members,
    DeadlineStore deadlines,
    TallyService tallies,
    SubmissionStore submissions,
    StatusNoteStore notes,
    ReminderLedgerStore ledger,
    OfficeClock clock)
{
    public async Task<UnitPageModel?> BuildAsync(long unitId, CancellationToken ct)
    {
        if (await units.GetAsync(unitId, ct) is not { } unit)
        {
            return null;
        }

        var bound = await members.ForUnitAsync(unit.Id, ct);
        var reachable = bound.Any(m => m.Reachable);
        var unitNotes = (await notes.ForUnitAsync(unit.Id, ct)).ToLookup(n => n.DeadlineId);
        var today = clock.Today;
        var result = new List<UnitDeadline>();
        var covering = (await deadlines.ListAsync(includeClosed: true, ct)).Where(d => d.State != DeadlineState.Cancelled && d.Covers(unit)).ToList();
        // The tally decides the unit's state, exactly as the overview and /tinhhinh do (one standing per covering deadline, in order).
        var standings = await tallies.ForUnitAsync(unit, covering, ct);
        for (var i = 0; i < covering.Count; i++)
        {
            var deadline = covering[i];
            var versions = (await submissions.AllForDeadlineAsync(deadline.Id, ct)).Where(s => s.UnitId == unit.Id).OrderBy(s => s.Version).ToList();
            var reminders = (await ledger.ForDeadlineAsync(deadline.Id, ct)).Where(e => e.UnitId == unit.Id).ToList();
            result.Add(new UnitDeadline(deadline, standings[i].DueDate, UnitCell.From(standings[i], today, reachable, deadline.State), versions, unitNotes[deadline.Id].ToList(), reminders));
        }

        return new UnitPageModel(clock.LocalNow, unit, bound, result.OrderByDescending(d => d.Deadline.DueDate).ToList());
    }
}
