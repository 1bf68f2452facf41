using QcdcBot.Scheduling.Calendar;

namespace QcdcBot.Bot.Text;

/// <summary>
/// "thêm 1 tuần", "lùi hạn 3 ngày", "thêm 3 ngày làm việc": more time counted from the unit's own due date, not a date.
/// <see cref="Text"/> is how the reply repeats it ("1 tuần"). <see cref="WorkingDays"/>: the days are working days
/// (weekends and holidays skipped), as the unit counted them.
/// </summary>
internal sealed record ExtensionSpan(int Days, int Months, string Text, bool WorkingDays = false)
{
    public DateOnly From(DateOnly due, WorkingDayCalendar calendar) =>
        WorkingDays ? calendar.AddWorkingDays(due, Days) : due.AddMonths(Months).AddDays(Days);
}
