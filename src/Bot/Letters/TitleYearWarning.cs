using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// An item whose title names a year its due date does not fit ("… năm 2024" due 15/12/2026, "… năm 2028" due 10/4/2027):
/// the same check /giao makes, said as a warning on the item with the date /giao would offer, and asked about before
/// the item is created (as /giao asks).
/// </summary>
internal static class TitleYearWarning
{
    public static string? Of(DraftDeadline item, DateOnly due, DateOnly today)
    {
        var behind = YearSlip.BehindTitle(item.Title, due);
        var why = behind is { } year ? $" (việc của năm {year} thường có hạn trong năm {year} hoặc đầu năm {year + 1})" : string.Empty;
        if (Slipped(item, due, today) is { } slipped)
        {
            return $"tên việc ghi năm {behind ?? slipped.Year} nhưng hạn là {VietnameseWording.Date(due)}{why}; nếu hạn là {VietnameseWording.Date(slipped)}, sửa bằng \"sửa {item.Number} trước {VietnameseWording.Date(slipped)}\"";
        }

        return behind is { } titleYear ? $"tên việc ghi năm {titleYear} mà hạn ở năm {due.Year}{why}; kiểm tra lại" : null;
    }

    /// <summary>The year the title names when it does not fit the due date; null when it fits or names none.</summary>
    public static int? TitleYear(DraftDeadline item, DateOnly due, DateOnly today) =>
        YearSlip.BehindTitle(item.Title, due) ?? Slipped(item, due, today)?.Year;

    // The date /giao would offer: the title's year slipped into the date, or the usual year after a year the title names.
    private static DateOnly? Slipped(DraftDeadline item, DateOnly due, DateOnly today)
    {
        var behind = YearSlip.BehindTitle(item.Title, due);
        var usual = behind is { } behindYear && YearSlip.SameDayIn(due, behindYear + 1) is { } nextYear && nextYear >= today ? nextYear : (DateOnly?)null;
        return YearSlip.FromTitle(item.Title, due, today) ?? usual;
    }
}
