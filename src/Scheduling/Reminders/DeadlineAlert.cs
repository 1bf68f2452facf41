using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Scheduling.Reminders;

/// <summary>
/// What one sweep has to tell the admins about one deadline: the units due a reminder that nobody can receive, and
/// the units that went past their last overdue reminder since the admins were last told (<paramref name="OverdueTotal"/>
/// counts all the units past it, told before or not).
/// </summary>
internal sealed record DeadlineAlert(Deadline Deadline, IReadOnlyList<ReminderNotice> Unreachable, IReadOnlyList<UnitStanding> NewlyOverdue, int OverdueTotal)
{
    /// <summary>
    /// The units of <paramref name="NewlyOverdue"/> that got their last reminder in this very sweep (a sweep catching
    /// up after days without one): the admins read "nhắc lần cuối hôm nay", never "thôi nhắc" beside that reminder.
    /// </summary>
    public IReadOnlySet<long> RemindedNow { get; init; } = new HashSet<long>();

    /// <summary>
    /// The units of <paramref name="NewlyOverdue"/> nobody of which can be reached: no reminder reached them, so they
    /// are never said to be silent "after the last reminder", and are counted apart.
    /// </summary>
    public IReadOnlySet<long> Unreached { get; init; } = new HashSet<long>();

    /// <summary>
    /// The units whose request or claim has waited for the office since before today (an extension request, a
    /// "không có nội dung phát sinh", "đã gửi bản giấy/qua iOffice/qua email"): told once each working day.
    /// </summary>
    public IReadOnlyList<UnitStanding> Waiting { get; init; } = [];

    public bool IsEmpty => Unreachable.Count == 0 && NewlyOverdue.Count == 0 && Waiting.Count == 0;
}
