using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// A due date on a day off (a weekend or a public holiday of our calendar) is flagged where it is set — /giao,
/// /suahan, an extension being approved — and in the same reply the bot offers the working day before it, taken
/// with one word ("1", "có", "dời"). Keeping the day off is the other choice.
/// </summary>
internal sealed class DayOffOffer(WorkingDayCalendar calendar)
{
    /// <summary>"Chủ nhật", "Thứ Bảy" or the holiday's name for a day off; null for a working day.</summary>
    public string? DayOffName(DateOnly day) =>
        calendar.IsWorkingDay(day) ? null : calendar.HolidayName(day) ?? VietnameseWording.Weekday(day.DayOfWeek);

    /// <summary>
    /// Said after a date already written with its weekday ("Chủ nhật, 3/1/2027"): " (ngày nghỉ)" for a weekend, the
    /// holiday's name for a holiday (" (ngày nghỉ: Tết Dương lịch)"), "" for a working day; the weekday is never said twice.
    /// </summary>
    public string AfterDateWithWeekday(DateOnly day) => Note(day) is { } note ? $" ({note})" : string.Empty;

    /// <summary>
    /// "Thứ Bảy, 19/12/2026 (còn 9 ngày; ngày nghỉ)": a due date with the time left and, on a day off, the flag in the
    /// same bracket, never two brackets in a row.
    /// </summary>
    public string DueWithTimeLeft(DateOnly due, DateOnly today) =>
        $"{VietnameseWording.DateWithWeekday(due)} ({VietnameseWording.TimeLeft(due, today)}{(Note(due) is { } note ? "; " + note : string.Empty)})";

    private string? Note(DateOnly day) =>
        calendar.IsWorkingDay(day) ? null : calendar.HolidayName(day) is { } holiday ? $"ngày nghỉ: {holiday}" : "ngày nghỉ";

    public DateOnly WorkingDayBefore(DateOnly day) => calendar.PreviousWorkingDayOnOrBefore(day);

    /// <summary>
    /// Sends <paramref name="text"/> with the flag and the offer when <paramref name="due"/> is a day off; false (and
    /// nothing said) when it is a working day. <paramref name="move"/> is the command that moves to the given date;
    /// <paramref name="keep"/> the one that keeps the day off (empty: nothing to do).
    /// </summary>
    /// <param name="change">What accepting does, for the note when the question is left: "dời hạn", "duyệt gia hạn".</param>
    /// <param name="announce">A new deadline whose units are told only once this question is answered or closed.</param>
    /// <param name="held">A moved deadline whose units are told only once this question is answered or closed.</param>
    /// <param name="noOnTwo">The question also asks yes or no (an approval): 2 is "Không" as everywhere, keeping the day off 3.</param>
    public bool TryOffer(TurnContext context, string text, DateOnly due, Func<DateOnly, string> move, string keep = "", long? aboutDeadlineId = null, string change = "dời hạn", long? announce = null,
        HeldMove? held = null, bool noOnTwo = false)
    {
        if (DayOffName(due) is not { } name)
        {
            return false;
        }

        var earlier = WorkingDayBefore(due);
        context.Ask(
            $"{text}\nLưu ý: {VietnameseWording.Date(due)} là ngày nghỉ ({name}). Dời sang ngày làm việc liền trước, {VietnameseWording.DateWithWeekday(earlier)}? " +
            (noOnTwo ? "Trả lời 1 (hoặc \"có\", \"dời\") để dời, 3 để giữ ngày nghỉ, 2 nếu không." : "Trả lời 1 (hoặc \"có\", \"dời\") để dời, 2 để giữ.") + (announce is null ? string.Empty : "\nCác đơn vị được báo việc mới khi bạn chọn xong, với hạn đã chọn."),
            new PendingQuestion(string.Empty, PendingKind.Commands, noOnTwo ? [move(earlier), string.Empty, keep] : [move(earlier), keep])
            {
                YesOption = 1,
                AnnounceDeadlineId = announce,
                HeldMove = held,
                Unanswered = $"{change}{(aboutDeadlineId is { } id ? $" việc #{id}" : string.Empty)} sang {VietnameseWording.Date(earlier)}",
                Kept = $"Giữ hạn {VietnameseWording.DateWithWeekday(due)} (ngày nghỉ){(aboutDeadlineId is { } kept ? $" cho việc #{kept}" : string.Empty)}" +
                       (announce is not null ? "; các đơn vị được báo việc với hạn này." : held is not null ? "; các đơn vị được báo hạn mới này." : "."),
            },
            noOnTwo
                ? [$"Dời sang {VietnameseWording.DateWithWeekday(earlier)}", Confirmation.No, $"Giữ {VietnameseWording.DateWithWeekday(due)} (ngày nghỉ)"]
                : [$"Dời sang {VietnameseWording.DateWithWeekday(earlier)}", $"Giữ {VietnameseWording.DateWithWeekday(due)} (ngày nghỉ)"],
            aboutDeadlineId);
        return true;
    }

    /// <summary>"27/10/2024": the date with its year, as a command the bot offers writes it (never re-read as another year).</summary>
    public static string Written(DateOnly day) => VietnameseWording.Date(day);

    /// <summary>
    /// "/suahan #7 trước 27/10/2024 xacnhan": the move a bot's option runs. The admin chose the date in the question, so
    /// a date already past is not asked about again (/suahan asks about one typed).
    /// </summary>
    public static string MoveCommand(long deadlineId, DateOnly day) => $"/suahan #{deadlineId} trước {Written(day)} xacnhan";
}
