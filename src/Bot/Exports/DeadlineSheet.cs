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

    // A year of lateness, written once.
    private static readonly string[] Timelinesses = ["đúng hạn", .. Enumerable.Range(1, 366).Select(d => $"trễ {d} ngày")];

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

    /// <summary>The rows as cells, one list per unit (what tests read; the workbook writes them with <see cref="Write"/>).</summary>
    public static IEnumerable<IReadOnlyList<ExportCell?>> Rows(SheetData sheet, OfficeClock clock) =>
        sheet.Lines.Select(line =>
        {
            var cells = new CellList(Columns.Count);
            Write(cells, line, clock);
            return cells.Cells;
        });

    /// <summary>Every line's row into the sheet, from row 2 (below the header); returns how many.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int WriteRows(SheetDataWriter sheet, SheetData data, OfficeClock clock)
    {
        var row = 1;
        foreach (var line in data.Lines)
        {
            sheet.StartRow(++row);
            Write(sheet, line, clock);
            sheet.EndRow();
        }

        return row - 1;
    }

    /// <summary>One unit's row, column by column, straight into <paramref name="sink"/>; a column left out is an empty cell.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Write(ICellSink sink, SheetLine s, OfficeClock clock)
    {
        sink.UnitText(0, s.Unit.Code);
        sink.UnitText(1, s.Unit.Name);
        sink.Text(2, s.Unit.Kind.Display());
        sink.Text(3, State(s));
        if (s.Submission is { } submission)
        {
            sink.LocalTime(4, clock.ToLocal(submission.FirstReceivedAt).DateTime);
            sink.Text(5, Timeliness(submission.FirstDaysLate));
        }

        // Versions are numbered from 1, so the latest version is also the number of submissions.
        sink.Number(6, s.Submission?.Versions ?? 0);
        if (s.Submission is { } latest)
        {
            sink.Unique(7, Files(latest));
            sink.Unique(8, latest.ReceiptNo);
        }

        // Once handed in, the status is the submission: an earlier "đang làm" or "đã gửi qua email" is no longer it.
        if (s.Status is { } note && !s.Facts.Submitted)
        {
            // What the unit wrote stays as written; an answer of no from the office is marked, as /tinhhinh says it.
            // "Not received" (/chuanhan) is not a refusal: each answer of no is marked as the office gave it.
            sink.Unique(9, note.IsRejectedClaim ? note.Text + " (văn phòng chưa nhận được)" : note.IsRefused ? note.Text + " (không được chấp nhận)" : note.Text);
        }

        sink.Number(10, s.Reminders);
        sink.Date(11, s.DueDate);
        if (s.Extended)
        {
            sink.Text(12, "có");
        }
    }

    /// <summary>"đúng hạn" or "trễ 3 ngày": the usual lateness as the same string every time, not one made per row.</summary>
    private static string Timeliness(int daysLate) =>
        (uint)daysLate < (uint)Timelinesses.Length ? Timelinesses[daysLate] : $"trễ {daysLate} ngày";

    private static string State(SheetLine s) => s switch
    {
        { Facts.Submitted: true } => Submitted,
        { Facts.Excused: true } => "được miễn (không có nội dung phát sinh)",
        { PendingExtension: { } request } => $"xin gia hạn đến {Text.VietnameseWording.Date(request.RequestedDate)}, chờ duyệt",
        { Status: { } note } => StatusKeywords.Describe(note),
        _ => NotSubmitted,
    };

    /// <summary>
    /// The latest uploaded files' names, and beside them what the office recorded outside the bot, before or after them:
    /// neither hides the other.
    /// </summary>
    private static string Files(SheetSubmission s)
    {
        var paper = s.PaperNote is { } note ? $"(nộp ngoài bot{OutsideNote.After(note)})" : null;
        if (s.OfficeFileNames is { } office)
        {
            // The office's file received by e-mail, beside the unit's upload and marked as received outside the bot.
            paper = $"{office} {paper}";
        }

        return (s.FileNames, paper) switch
        {
            (null, null) => string.Empty,
            ({ } files, null) => files,
            (null, { } onPaper) => onPaper,
            ({ } files, { } onPaper) => s.OfficeFileNames is null ? files + " " + onPaper : files + "; " + onPaper,
        };
    }
}
