using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Text;
using QcdcBot.Bot.Conversation;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;

namespace QcdcBot.Bot.Web.Office.Overview;

/// <summary>One cell of the overview: the state, a symbol that reads in black and white, and the words.</summary>
internal sealed record UnitCell(CellKind Kind, string Symbol, string Text, int DaysLate)
{
    // The cells that carry no number are shared: 500,000 cells of a large office allocate only the ones that differ.
    private static readonly UnitCell OnTimeCell = new(CellKind.OnTime, "✓", "đúng hạn", 0);
    private static readonly UnitCell ExcuseAcceptedCell = new(CellKind.ExcuseAccepted, "∅", "không phát sinh (chấp nhận)", 0);

    /// <summary>
    /// Read from the tally's standing only, so the page says what /tinhhinh counts: submitted (on time or late) first,
    /// then an accepted excuse, an extension, the latest status reply, and silence. On a deadline that ended (closed or
    /// cancelled) nothing is owed any more: no "quá hạn", and a silent unit reads as /tinhhinh counts it,
    /// "không còn phải nộp (việc đã kết thúc)", never "chưa trả lời".
    /// </summary>
    public static UnitCell From(UnitStanding s, DateOnly today, bool reachable, DeadlineState state)
    {
        var ended = state != DeadlineState.Open;
        var overdue = ended ? 0 : Math.Max(0, today.DayNumber - s.DueDate.DayNumber);
        if (s.Submitted)
        {
            return s.Late
                ? new UnitCell(CellKind.Late, "✓!", $"trễ {s.First!.DaysLate} ngày", s.First!.DaysLate)
                : OnTimeCell;
        }

        if (s.Excused)
        {
            return ExcuseAcceptedCell;
        }

        if (s.Status is { State: StatusState.NothingToReport, AcceptedBy: null })
        {
            return new UnitCell(CellKind.ExcusePending, "∅?", "không phát sinh (chờ duyệt)", overdue);
        }

        var late = overdue > 0 ? $", quá hạn {overdue} ngày" : string.Empty;
        if (s.Bucket == StandingBucket.ExtensionPending)
        {
            // A request the office has not answered: waiting for its decision, as /tinhhinh counts it, never silent.
            return new UnitCell(CellKind.ExtensionPending, "⏳?", $"xin gia hạn đến {VietnameseWording.Date(s.PendingExtension!.RequestedDate)} (chờ duyệt){late}", overdue);
        }

        if (s.Bucket is StandingBucket.SentOnPaper or StandingBucket.SentViaIOffice or StandingBucket.SentByEmail)
        {
            // The tallies' order: a claim of sending outside the bot, for the office to check, before an extension.
            return new UnitCell(CellKind.SentOutside, "✉", StatusKeywords.Describe(s.Status!.State, s.Status.Reference) + late, overdue);
        }

        if (s.Extended)
        {
            return new UnitCell(CellKind.Extended, "⏳", $"gia hạn đến {VietnameseWording.Date(s.DueDate)}", overdue);
        }

        return s.Status switch
        {
            { State: StatusState.NothingToReport } => new UnitCell(CellKind.ExcuseRefused, "∅✗", "không phát sinh (không chấp nhận)" + late, overdue),
            { State: StatusState.InProgress } => new UnitCell(CellKind.InProgress, "…", "đang làm" + late, overdue),
            { IsRejectedClaim: true } => new UnitCell(CellKind.Silent, "✉✗", StatusKeywords.RejectedClaimLabel + late, overdue),
            { IsRejectedClaim: false } note => new UnitCell(CellKind.SentOutside, "✉", StatusKeywords.Describe(note.State, note.Reference) + late, overdue),
            _ when ended => new UnitCell(CellKind.Ended, "–", SilentWording.Label(state), 0),
            _ when s.ExtensionLapsed => new UnitCell(CellKind.Silent, "⏳✗", $"hết gia hạn (đến {VietnameseWording.Date(s.DueDate)}){late}", overdue),
            _ when s.ExtensionDenied => new UnitCell(CellKind.Silent, "⏳✗", "bị từ chối gia hạn" + late, overdue),
            _ when !reachable => new UnitCell(CellKind.Unreachable, "⚠️", "không ai nhận tin" + late, overdue),
            _ => new UnitCell(CellKind.Silent, "✗", "chưa trả lời" + late, overdue),
        };
    }
}
