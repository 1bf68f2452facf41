using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// A day-month without a year whose last occurrence has just passed ("trước 25/11" typed on 29/11, "31/12" on 4/1)
/// reads as almost a year away, while the one just passed is already overdue. Every command that sets a due date asks the
/// same question with the same choices instead of choosing silently: this year, next year, or neither.
/// </summary>
internal static class PassedDayQuestion
{
    /// <param name="what">What the date is for, as the question's subject ("Giao việc \"…\"", "Sửa hạn việc #2").</param>
    /// <param name="nextYear">The date as read (next year's).</param>
    /// <param name="template">The question to ask; its options are set here, in the order this year, next year, neither.</param>
    public static void Ask(TurnContext context, string what, DateOnly nextYear, PendingQuestion template, string thisYearOption, string nextYearOption, string neitherOption)
    {
        var thisYear = nextYear.AddYears(-1);
        context.Ask(
            $"Ngày {nextYear.Day}/{nextYear.Month} gần nhất ({VietnameseWording.Date(thisYear)}) đã qua. {what} với hạn nào?",
            template with { Options = [thisYearOption, nextYearOption, neitherOption] },
            [$"{VietnameseWording.DateWithWeekday(thisYear)} (vừa qua, đã quá hạn)", $"{VietnameseWording.DateWithWeekday(nextYear)} (năm {nextYear.Year})", "Không, hủy"]);
    }
}
