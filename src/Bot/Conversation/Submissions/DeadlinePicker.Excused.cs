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

    /// <summary>
    /// The one answer for a deadline whose notice is held (the office is still settling its date), wherever the unit
    /// names it (/nopfile 6, a lone "6", "#6" in a status reply or caption, /giahan #6); null for any other number.
    /// </summary>
    public async Task<string?> HeldAsync(Unit unit, long id, string office, CancellationToken ct) =>
        await untold.IsAsync(id, ct) && await deadlines.GetAsync(id, ct) is { } d && d.Covers(unit) ? HeldSentence(id, office) : null;

    /// <summary>"Việc #6 Ban Tuyên giáo đang chốt hạn, sẽ báo khi xong."</summary>
    public static string HeldSentence(long id, string office) => $"Việc #{id} {office} đang chốt hạn, sẽ báo khi xong.";

    /// <summary>"Việc #5 "…" đơn vị được miễn (không có nội dung phát sinh, văn phòng đã chấp nhận)".</summary>
    public static string ExcusedSentence(Deadline deadline, string office) =>
        $"Việc #{deadline.Id} \"{deadline.Title}\" đơn vị được miễn (không có nội dung phát sinh, {office} đã chấp nhận)";
}
