using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// A day-month without a year whose last occurrence has just passed ("trước 25/11" typed on 29/11, "31/12" on 4/1)
/// reads as almost a year away, while the one just passed is already overdue. Every command that sets a due date asks the
/// same question with the same choices instead of choosing silently: this year, neither, or next year. "2" is "Không"
/// here as in every confirmation, so the habitual "2" that backs out of a typo never moves a date a year ahead.
/// </summary>
internal static class PassedDayQuestion
{
    /// <param name="what">What the date is for, as the question's subject ("Giao việc \"…\"", "Sửa hạn việc #2").</param>
    /// <param name="nextYear">The date as read (next year's).</param>
    /// <param name="template">The question to ask; its options are set here, in the order this year, neither, next year.</param>
    public static void Ask(TurnContext context, string what, DateOnly nextYear, PendingQuestion template, string thisYearOption, string nextYearOption, string neitherOption)
    {
        var thisYear = nextYear.AddYears(-1);
        context.Ask(
            $"Ngày {nextYear.Day}/{nextYear.Month} gần nhất ({VietnameseWording.Date(thisYear)}) đã qua. {what} với hạn nào?",
            template with { Options = [thisYearOption, neitherOption, nextYearOption] },
            [$"{VietnameseWording.DateWithWeekday(thisYear)} (vừa qua, đã quá hạn)", "Không, hủy", $"{VietnameseWording.DateWithWeekday(nextYear)} (năm {nextYear.Year})"]);
    }
}
