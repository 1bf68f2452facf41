using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>The "which deadline?" question: its one order, its cut past eight choices, and its wording.</summary>
internal sealed partial class DeadlinePicker
{
    /// <summary>How many deadlines a "which deadline?" question lists.</summary>
    public const int Cut = 8;

    /// <summary>
    /// The one order of every "which deadline?" question, so a file and a status reply offer the same deadlines: work
    /// still owed before work handed in, each by the unit's own due date (the overdue first), then by number.
    /// </summary>
    public async Task<IReadOnlyList<Deadline>> InQuestionOrderAsync(Unit? unit, IReadOnlyList<Deadline> candidates, CancellationToken ct)
    {
        if (unit is null)
        {
            return [.. candidates.OrderBy(d => d.DueDate).ThenBy(d => d.Id)];
        }

        if (candidates.Count < 2)
        {
            return candidates;
        }

        // Two reads for the lot, not two per deadline: every list of the unit's deadlines is put in this order.
        var ids = candidates.Select(d => d.Id).ToList();
        var handedIn = await submissions.HandedInAmongAsync(unit.Id, ids, ct);
        var own = await deadlines.OverridesForAsync(ids, unit.Id, ct);
        return [.. candidates
            .OrderBy(d => handedIn.Contains(d.Id))
            .ThenBy(d => own.TryGetValue((d.Id, unit.Id), out var moved) ? moved : d.DueDate)
            .ThenBy(d => d.Id)];
    }

    /// <summary>Past the cut: how many more there are and how to name one ("Còn 4 việc khác: …"); empty when all are shown.</summary>
    public static string More(IReadOnlyList<Deadline> ordered, int shown) =>
        ordered.Count > shown
            ? $"Còn {ordered.Count - shown} việc khác: gõ /viec để xem, hoặc gõ số # của việc (ví dụ #{ordered[shown].Id})."
            : string.Empty;

    /// <summary>The option that answers "none of these": nothing is recorded.</summary>
    public const string None = "bo";

    /// <summary>
    /// Asks which deadline; the options are deadline ids, typed by the deadline's own number (so "2" is #2 here as
    /// everywhere), then "none of these" as 0 when <paramref name="offerNone"/>. The due dates shown are the asking
    /// unit's own, after any extension it was granted.
    /// </summary>
    public async Task AskAsync(TurnContext context, string question, PendingQuestion template, IReadOnlyList<Deadline> candidates, CancellationToken ct, bool offerNone = false,
        string noneLabel = "Không phải việc nào ở trên (không nộp)")
    {
        var ordered = await InQuestionOrderAsync(context.Caller.Unit, candidates, ct);
        var shown = ordered.Take(Cut).ToList();
        if (More(ordered, shown.Count) is { Length: > 0 } more)
        {
            question += " " + more;
        }

        var options = shown.Select(d => d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var labels = new List<string>();
        // Work already handed in is listed after the work owed and said to be handed in, never "quá hạn N ngày" as if owed.
        var handedIn = context.Caller.Unit is { } asking && shown.Count > 0
            ? await submissions.HandedInAmongAsync(asking.Id, shown.Select(d => d.Id).ToList(), ct)
            : new HashSet<long>();
        foreach (var d in shown)
        {
            var due = context.Caller.Unit is { } unit ? await DueForAsync(unit, d, ct) : d.DueDate;
            labels.Add(handedIn.Contains(d.Id)
                ? $"#{d.Id} {d.Title} (đơn vị đã nộp; hạn {VietnameseWording.Date(due)})"
                : $"#{d.Id} {d.Title} (hạn {VietnameseWording.Date(due)}, {VietnameseWording.TimeLeft(due, clock.Today)})");
        }

        var numbers = shown.Select(d => d.Id).ToList();
        if (offerNone)
        {
            options.Add(None);
            labels.Add(noneLabel);
            numbers.Add(0);
        }

        context.Ask(question, template with { Options = options, Numbers = numbers }, labels);
    }

    /// <summary>
    /// The code a "ví dụ" shows: another deadline the unit still owes (nothing handed in, no "không phát sinh" standing),
    /// so copying the example never names one it is done with; else a neutral "#&lt;số&gt;".
    /// </summary>
    private async Task<string> ExampleCodeAsync(Unit unit, IReadOnlyList<Deadline> open, long except, CancellationToken ct)
    {
        var unitNotes = await notes.ForUnitAsync(unit.Id, ct);
        foreach (var d in open.Where(d => d.Id != except))
        {
            if (unitNotes.LastOrDefault(n => n.DeadlineId == d.Id) is { State: StatusState.NothingToReport, IsRefused: false } ||
                await submissions.LatestAsync(unit.Id, d.Id, ct) is not null)
            {
                continue;
            }

            return $"#{d.Id}";
        }

        return "#<số>";
    }
}
