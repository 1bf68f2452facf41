using System.Runtime.CompilerServices;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Exports;

/// <summary>One deadline, one row per unit in scope: where it stands, when it first submitted, what it sent.</summary>
internal static class DeadlineSheet
{
    public const string Submitted = "đã nộp";

    public const string NotSubmitted = "chưa nộp";

    // The first eleven columns are the ones the office asked for, in its order; the unit's own due date and
    // extension come last so adding them did not move anything people already filter on.
    public static readonly IReadOnlyList<ExportColumn> Columns =
    [
        new("Mã đơn vị", 11),
        new("Tên đơn vị", 48),
        new("Loại", 10),
        new("Trạng thái", 26),
        new("Nộp lúc (lần đầu)", 17),
        new("Đúng hạn / trễ", 13),
        new("Số lần nộp", 9),
        new("Tên tệp (bản mới nhất)", 40),
        new("Số biên nhận", 15),
        new("Ghi chú trạng thái", 40),
        new("Số lần nhắc", 9),
        new("Hạn của đơn vị", 13),
        new("Được gia hạn", 10),
    ];

    /// <summary>"3. Kế hoạch …", cancelled ones marked so the tab says so.</summary>
    public static string WantedName(Deadline d) =>
        d.State == DeadlineState.Cancelled ? $"{d.Id}. (đã hủy) {d.Title}" : $"{d.Id}. {d.Title}";

    /// <summary>Made as they are written: a sheet of 10,000 units is never held as cells.</summary>
    public static IEnumerable<IReadOnlyList<ExportCell?>> Rows(SheetData sheet, OfficeClock clock) =>
        sheet.Lines.Select(line => Row(line, clock));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static IReadOnlyList<ExportCell?> Row(SheetLine s, OfficeClock clock) =>
    [
        ExportCell.Of(s.Unit.Code),
        ExportCell.Of(s.Unit.Name),
        ExportCell.Of(s.Unit.Kind.Display()),
        ExportCell.Of(State(s)),
        s.Submission is { } first ? ExportCell.Of(clock.ToLocal(first.FirstReceivedAt).DateTime) : null,
        s.Submission is { } f ? ExportCell.Of(f.FirstDaysLate == 0 ? "đúng hạn" : $"trễ {f.FirstDaysLate} ngày") : null,
        // Versions are numbered from 1, so the latest version is also the number of submissions.
        ExportCell.Of(s.Submission?.Versions ?? 0),
        s.Submission is { } files ? ExportCell.Unique(Files(files)) : null,
        s.Submission is { } l ? ExportCell.Unique(l.ReceiptNo) : null,
        s.Status is { } note ? ExportCell.Unique(note.Text) : null,
        ExportCell.Of(s.Reminders),
        ExportCell.Of(s.DueDate),
        s.Extended ? ExportCell.Of("có") : null,
    ];

    private static string State(SheetLine s) => s switch
    {
        { Facts.Submitted: true } => Submitted,
        { Facts.Excused: true } => "được miễn (không có nội dung phát sinh)",
        { PendingExtension: { } request } => $"xin gia hạn đến {Text.VietnameseWording.Date(request.RequestedDate)}, chờ duyệt",
        { Status: { } note } => StatusKeywords.Describe(note),
        _ => NotSubmitted,
    };

    /// <summary>
    /// The latest uploaded files' names, and beside them what the office recorded outside the bot after them; a paper
    /// record never hides files uploaded before it.
    /// </summary>
    private static string Files(SheetSubmission s)
    {
        var paper = s.PaperNote is { } note && s.PaperVersion > s.FilesVersion ? $"(nộp ngoài bot{OutsideNote.After(note)})" : null;
        return string.Join(" ", new[] { s.FileNames, paper }.Where(x => x is not null));
    }
}
