using QcdcBot.Bot.Web.Office.Overview;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Reminders;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Web.Office.Units;

/// <summary>One deadline as one unit lived it: its state, every version it sent, its status notes, its reminders.</summary>
internal sealed record UnitDeadline(
    Deadline Deadline,
    DateOnly DueDate,
    UnitCell Cell,
    IReadOnlyList<Submission> Versions,
    IReadOnlyList<StatusNote> Notes,
    IReadOnlyList<LedgerEntry> Reminders);

/// <summary>Đơn vị: who is bound to the unit (and reachable or not), and every deadline it has.</summary>
internal sealed record UnitPageModel(DateTimeOffset LocalNow, Unit Unit, IReadOnlyList<Member> Members, IReadOnlyList<UnitDeadline> Deadlines);
