using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;

namespace QcdcBot.Bot.Exports;

/// <summary>"Tổng hợp": one row per deadline with the same numbers /tinhhinh shows, read from the same tally.</summary>
internal static class SummarySheet
{
    public const string Name = "Tổng hợp";

    public static readonly IReadOnlyList<ExportColumn> Columns =
    [
        new("Mã việc", 9),
        new("Tên việc", 50),
        new("Hạn nộp", 12),
        new("Tình trạng việc", 15),
        new("Trong phạm vi", 11),
        new("Đã nộp", 9),
        new("Đúng hạn", 10),
        new("Trễ", 8),
        new("Chưa nộp", 10),
        new("Được gia hạn", 11),
        new("Được miễn (không có nội dung phát sinh)", 18),
        new("Chưa nộp, chưa trả lời", 14),
        new("Trang chi tiết", 32),
        new("Theo văn bản", 28),
        new("Đã xong (đã nộp + được miễn)", 14),
        new("Tỷ lệ đã xong", 10),
        .. OwedAfterRefusal.Reasons.Select(RefusalWording.For).Select(w => new ExportColumn(w.Heading, w.ColumnWidth)),
        new(SilentWording.EndedHeading, 18),
    ];

    public static IReadOnlyList<ExportCell?> Row(DeadlineCounts t, string detailSheet) =>
    [
        ExportCell.Of((int)t.Deadline.Id),
        ExportCell.Of(t.Deadline.Title),
        ExportCell.Of(t.Deadline.DueDate),
        ExportCell.Of(State(t.Deadline.State)),
        ExportCell.Of(t.InScope),
        ExportCell.Of(t.Submitted),
        ExportCell.Of(t.OnTime),
        ExportCell.Of(t.Late),
        ExportCell.Of(t.Missing),
        ExportCell.Of(t.Extended),
        ExportCell.Of(t.Excused),
        // An ended deadline's silent units owe nothing any more: counted in their own column, not as "chưa trả lời".
        t.Deadline.State == DeadlineState.Open ? ExportCell.Of(t.Silent) : null,
        ExportCell.Of(detailSheet),
        t.Deadline.LetterReference is { } letter ? ExportCell.Of(letter) : null,
        ExportCell.Of(t.Completion.Done),
        ExportCell.Of(CompletionWording.Percent(t.Completion)),
        .. t.OwedAfterRefusal.Select(r => ExportCell.Of(r.Count)),
        t.Deadline.State == DeadlineState.Open ? null : ExportCell.Of(t.Silent),
    ];

    public static string State(DeadlineState state) => state switch
    {
        DeadlineState.Open => "đang mở",
        DeadlineState.Closed => "đã đóng",
        _ => "đã hủy",
    };
}
