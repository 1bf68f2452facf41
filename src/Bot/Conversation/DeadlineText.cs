using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation;

internal static class DeadlineText
{
    /// <summary>"Báo cáo … — hạn Thứ Sáu, 25/10/2024 (còn 3 ngày)"; a closed or cancelled one says so instead of a time left.</summary>
    /// <param name="complete">Every unit in scope has handed in (or is excused): nothing is overdue any more.</param>
    /// <param name="excused">One unit's line (its /viec) where the unit owes nothing because it is excused, not because it handed in.</param>
    public static string Line(Deadline d, DateOnly today, DateOnly? due = null, bool complete = false, bool excused = false)
    {
        var date = due ?? d.DueDate;
        // An ended deadline has no time left to count: its state in brackets, never inside the parentheses of a time.
        var when = d.State switch
        {
            DeadlineState.Cancelled => " [đã hủy]",
            DeadlineState.Closed => " [đã kết thúc]",
            _ when complete && excused => " (được miễn)",
            _ when complete => " (đã nộp đủ)",
            _ => $" ({VietnameseWording.TimeLeft(date, today)})",
        };
        return $"{d.Title} — hạn {VietnameseWording.DateWithWeekday(date)}{when}{FromLetter(d)}";
    }

    /// <summary>" — theo Công văn số 1720-CV/ĐUK" for a deadline taken from a letter, else "".</summary>
    public static string FromLetter(Deadline d) => d.LetterReference is { } letter ? $" — theo {letter}" : string.Empty;

    /// <summary>
    /// "Theo Công văn số 2021-CV/ĐUK (gõ /congvan #2 để nhận văn bản).", a line of its own: how a unit's notices
    /// (the new deadline, each reminder) name the letter and say how to get it.
    /// </summary>
    public static string LetterNote(Deadline d) =>
        d.LetterReference is { } letter ? $"Theo {letter} (gõ /congvan #{d.Id} để nhận văn bản).\n" : string.Empty;

    public static string Scope(Deadline d, IReadOnlyList<Unit> allUnits) => d.Scope switch
    {
        DeadlineScope.All => $"tất cả {allUnits.Count} đơn vị",
        DeadlineScope.Grassroots => $"{allUnits.Count(u => u.IsGrassroots)} chi, đảng bộ cơ sở",
        DeadlineScope.Kind => $"các {d.ScopeKind!.Value.Display()} ({allUnits.Count(u => u.Kind == d.ScopeKind)} đơn vị)",
        _ => string.Join(", ", allUnits.Where(u => d.UnitIds.Contains(u.Id)).Select(u => u.Name)),
    };
}
