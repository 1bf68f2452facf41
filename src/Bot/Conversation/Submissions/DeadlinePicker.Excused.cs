using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// Deadlines the unit is excused from ("không có nội dung phát sinh" accepted by the office): not owed, so never a
/// guess, never a choice of "việc nào?", and never a place a status reply lands on quietly.
/// </summary>
internal sealed partial class DeadlinePicker
{
    /// <summary>The deadlines of <paramref name="open"/> whose latest status for the unit is an accepted excuse.</summary>
    public async Task<IReadOnlyList<Deadline>> ExcusedAsync(Unit unit, IReadOnlyList<Deadline> open, CancellationToken ct)
    {
        if (open.Count == 0)
        {
            return [];
        }

        var excused = (await notes.LatestForDeadlinesAsync(open.Select(d => d.Id).ToList(), unit.Id, ct)).Where(n => n.IsAcceptedExcuse).Select(n => n.DeadlineId).ToHashSet();
        return excused.Count == 0 ? [] : open.Where(d => excused.Contains(d.Id)).ToList();
    }

    /// <summary>The deadlines of <paramref name="open"/> the unit still owes: nothing handed in and not excused.</summary>
    public async Task<IReadOnlyList<Deadline>> OwedAsync(Unit unit, IReadOnlyList<Deadline> open, CancellationToken ct)
    {
        var excused = await ExcusedAsync(unit, open, ct);
        return (await UnsubmittedAsync(unit, open, ct)).Except(excused).ToList();
    }

    /// <summary>"Việc #5 "…" đơn vị được miễn (không có nội dung phát sinh, văn phòng đã chấp nhận)".</summary>
    public static string ExcusedSentence(Deadline deadline, string office) =>
        $"Việc #{deadline.Id} \"{deadline.Title}\" đơn vị được miễn (không có nội dung phát sinh, {office} đã chấp nhận)";
}
