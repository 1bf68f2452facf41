using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// A day-month without a year whose day this year has just passed ("trước 25/11" typed on 29/11) reads as next
/// year, almost a year away, while this year's is already overdue. Every command that sets a due date asks the
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
            $"Ngày {nextYear.Day}/{nextYear.Month} năm nay ({VietnameseWording.Date(thisYear)}) đã qua. {what} với hạn nào?",
            template with { Options = [thisYearOption, nextYearOption, neitherOption] },
            [$"{VietnameseWording.DateWithWeekday(thisYear)} (năm nay, đã quá hạn)", $"{VietnameseWording.DateWithWeekday(nextYear)} (năm sau)", "Không, hủy"]);
    }
}
