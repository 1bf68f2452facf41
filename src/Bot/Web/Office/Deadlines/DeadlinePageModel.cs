using QcdcBot.Bot.Web.Office.Overview;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Reminders;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Web.Office.Deadlines;

/// <summary>Việc: one deadline with its tally, requests waiting for a decision, and its reminders.</summary>
internal sealed record DeadlinePageModel(
    DateTimeOffset LocalNow,
    DeadlineTally Tally,
    string Scope,
    IReadOnlyList<(ExtensionRequest Request, Unit Unit)> PendingExtensions,
    IReadOnlyList<(StatusNote Note, Unit Unit)> PendingExcuses,
    IReadOnlyList<LedgerEntry> Sent,
    IReadOnlyList<ReminderPreviewEntry> Coming,
    IReadOnlyDictionary<long, Unit> UnitsById,
    IReadOnlyList<(UnitStanding Standing, UnitCell Cell)> Standings);
