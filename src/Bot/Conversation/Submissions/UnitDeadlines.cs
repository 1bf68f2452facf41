using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// What one turn knows of the unit's open deadlines, read once before it writes anything: the deadlines in the one
/// order, which of them it has handed something in for, and its latest status note on each. A status reply asked these
/// three or four times over (who is handed in, who is excused, which one it is about): eleven reads instead of four.
/// <see cref="Every"/> is every unit's open deadlines as read for <see cref="Open"/>: words that fit another unit's
/// deadline better are weighed against it, not against a second read.
/// </summary>
internal sealed record UnitDeadlines(IReadOnlyList<Deadline> Open, IReadOnlySet<long> HandedIn, IReadOnlyDictionary<long, StatusNote> Latest, IReadOnlyList<Deadline> Every)
{
    /// <summary>The deadlines of <see cref="Open"/> the unit has handed nothing in for, in the same order.</summary>
    public IReadOnlyList<Deadline> Unsubmitted => HandedIn.Count == 0 ? Open : [.. Open.Where(d => !HandedIn.Contains(d.Id))];

    /// <summary>
    /// The deadlines of <see cref="Open"/> whose latest status is an accepted excuse ("không có nội dung phát sinh") and
    /// that the unit has not handed in anyway: once handed in, a deadline is "đã nộp" everywhere, as in <see cref="DeadlinePicker.ExcusedAsync"/>.
    /// </summary>
    public IReadOnlyList<Deadline> Excused => [.. Open.Where(d => !HandedIn.Contains(d.Id) && Latest.TryGetValue(d.Id, out var note) && note.IsAcceptedExcuse)];

    /// <summary>Still owed: nothing handed in and not excused.</summary>
    public IReadOnlyList<Deadline> Owed => [.. Unsubmitted.Except(Excused)];
}
