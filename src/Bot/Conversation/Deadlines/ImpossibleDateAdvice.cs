using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// After a date that does not exist ("31/4"), what to type instead: the example date is a working day a week ahead,
/// so copying the example gives a real, future, working-day date.
/// </summary>
internal sealed partial class ImpossibleDateAdvice(WorkingDayCalendar calendar, OfficeClock clock)
{
    public DateOnly Example => calendar.AddWorkingDays(clock.Today, 5);

    /// <summary>An example date for an extension: a working day a week after the current due date (or today, if that is later).</summary>
    public DateOnly ExampleAfter(DateOnly? due) => calendar.AddWorkingDays(due is { } d && d > clock.Today ? d : clock.Today, 5);

    /// <summary><paramref name="typed"/> with the impossible date at <paramref name="start"/> replaced by the example: the line to retype.</summary>
    public string Retyped(string typed, int start, int length)
    {
        // "trước ngày 30/2/2027": only the date itself is replaced, the words before it stay as typed.
        var digits = Digits().Match(typed, start, length);
        var (at, span) = digits.Success ? (digits.Index, digits.Length) : (start, length);
        return typed.Remove(at, span).Insert(at, VietnameseWording.Date(Example)).Trim();
    }

    [GeneratedRegex(@"\d{1,2}\s*[/\-.]\s*\d{1,2}(\s*[/\-.]\s*\d{2,4})?")]
    private static partial Regex Digits();
}
