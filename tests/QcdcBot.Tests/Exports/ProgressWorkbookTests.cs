using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using QcdcBot.Bot.Exports;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Exports;

public sealed class ProgressWorkbookTests
{
    private const string Summary = "Tổng hợp";

    private static readonly string[] PlanCounts = ["E3", "F3", "G3", "H3", "I3", "J3", "K3", "L3"];

    private static readonly string[] StateCells = ["D2", "D3", "D4"];

    [Fact]
    public async Task Summary_has_one_row_per_deadline_with_the_tally_numbers()
    {
        await using var data = await ExportDataset.CreateAsync();
        using var book = await BuildAsync(data);

        Assert.Equal(Summary, book.SheetNames[0]);
        Assert.Equal(4, book.SheetNames.Count);
        var tallies = data.Get<TallyService>();
        var expected = new[] { data.Topic, data.Plan, data.Report }; // due-date order: 5/3, 10/3, 20/3
        for (var i = 0; i < expected.Length; i++)
        {
            var row = i + 2;
            var tally = await tallies.ForDeadlineAsync(expected[i]);
            Assert.Equal(expected[i].Id, book.Number(Summary, $"A{row}"));
            Assert.Equal(expected[i].Title, book.Text(Summary, $"B{row}"));
            Assert.Equal(expected[i].DueDate.ToDateTime(TimeOnly.MinValue).ToOADate(), book.Number(Summary, $"C{row}"));
            Assert.Equal(tally.InScope, book.Number(Summary, $"E{row}"));
            Assert.Equal(tally.Submitted, book.Number(Summary, $"F{row}"));
            Assert.Equal(tally.OnTime, book.Number(Summary, $"G{row}"));
            Assert.Equal(tally.Late, book.Number(Summary, $"H{row}"));
            Assert.Equal(tally.Missing, book.Number(Summary, $"I{row}"));
            Assert.Equal(tally.Extended, book.Number(Summary, $"J{row}"));
            // An ended deadline's silent units owe nothing any more: their own last column, not "chưa trả lời".
            var silent = book.Text(Summary, $"D{row}") == "đang mở" ? "L" : OpenedWorkbook.Column(SummarySheet.Columns.Count);
            Assert.Equal(tally.Silent, book.Number(Summary, $"{silent}{row}"));
        }

        // The plan's numbers, worked out by hand from the dataset, so a wrong tally cannot agree with itself.
        // The four units whose "không có nội dung phát sinh" was accepted are excused, not missing.
        // An extended unit that has submitted counts as on time or late, not again as extended (each unit in one bucket).
        Assert.Equal([74, 34, 31, 3, 36, 1, 4, 34], PlanCounts.Select(c => book.Number(Summary, c)));
        Assert.Equal(["đã hủy", "đang mở", "đang mở"], StateCells.Select(c => book.Text(Summary, c)));
    }

    [Fact]
    public async Task Each_deadline_sheet_lists_every_unit_in_scope_cell_by_cell()
    {
        await using var data = await ExportDataset.CreateAsync();
        using var book = await BuildAsync(data);
        var sheet = book.Text(Summary, "M3")!;
        Assert.Contains(sheet, book.SheetNames);

        Assert.Equal(["Mã đơn vị", "Tên đơn vị", "Loại", "Trạng thái", "Nộp lúc (lần đầu)", "Đúng hạn / trễ", "Số lần nộp", "Tên tệp (bản mới nhất)", "Số biên nhận", "Ghi chú trạng thái", "Số lần nhắc", "Hạn của đơn vị", "Được gia hạn"],
            Enumerable.Range(1, 13).Select(c => book.Text(sheet, XlsxWriter.ColumnName(c) + "1")));
        var codes = book.ColumnTexts(sheet, "A");
        Assert.Equal(data.Grassroots.Select(u => u.Code), codes);
        int Row(int grassroots) => codes.ToList().IndexOf(data.Grassroots[grassroots].Code) + 2;

        // NHNN: on time, twice, the corrected file named; a Vietnamese name survives the round trip.
        var nhnn = Row(0);
        Assert.Equal("Đảng bộ Ngân hàng Nhà nước", book.Text(sheet, $"B{nhnn}"));
        Assert.Equal("đảng bộ", book.Text(sheet, $"C{nhnn}"));
        Assert.Equal("đã nộp", book.Text(sheet, $"D{nhnn}"));
        Assert.Equal(new DateTime(2026, 3, 5, 9, 0, 0).ToOADate(), book.Number(sheet, $"E{nhnn}"), 6);
        Assert.Equal("đúng hạn", book.Text(sheet, $"F{nhnn}"));
        Assert.Equal(2, book.Number(sheet, $"G{nhnn}"));
        Assert.Equal("Kế hoạch QCDC NHNN (sửa).docx", book.Text(sheet, $"H{nhnn}"));
        Assert.StartsWith("BN2026-", book.Text(sheet, $"I{nhnn}"), StringComparison.Ordinal);
        Assert.Equal(0, book.Number(sheet, $"K{nhnn}"));
        Assert.Equal(data.Plan.DueDate.ToDateTime(TimeOnly.MinValue).ToOADate(), book.Number(sheet, $"L{nhnn}"));
        Assert.Null(book.Cell(sheet, $"M{nhnn}"));

        // One version with two files (the same name twice): both named, in the order they were sent.
        var twoFiles = $"Kế hoạch QCDC {data.Grassroots[1].Code}.docx";
        Assert.Equal($"{twoFiles}; {twoFiles}", book.Text(sheet, $"H{Row(1)}"));
        Assert.Equal(1, book.Number(sheet, $"G{Row(1)}"));

        // Late by two days.
        Assert.Equal("trễ 2 ngày", book.Text(sheet, $"F{Row(37)}"));
        Assert.Equal(new DateTime(2026, 3, 12, 10, 30, 0).ToOADate(), book.Number(sheet, $"E{Row(37)}"), 6);

        // Excused: an accepted "không có nội dung phát sinh"; its text is the note.
        Assert.Equal("được miễn (không có nội dung phát sinh)", book.Text(sheet, $"D{Row(30)}"));
        Assert.Equal("Không có nội dung phát sinh", book.Text(sheet, $"J{Row(30)}"));
        Assert.Equal(0, book.Number(sheet, $"G{Row(30)}"));
        Assert.Null(book.Cell(sheet, $"E{Row(30)}"));
        Assert.Equal("đang làm", book.Text(sheet, $"D{Row(34)}"));

        // Extended: submitted after the original date but before the new one, so on time; the other still missing.
        Assert.Equal("đúng hạn", book.Text(sheet, $"F{Row(35)}"));
        Assert.Equal("có", book.Text(sheet, $"M{Row(35)}"));
        Assert.Equal(new DateTime(2026, 3, 15).ToOADate(), book.Number(sheet, $"L{Row(35)}"));
        Assert.Equal("chưa nộp", book.Text(sheet, $"D{Row(36)}"));
        Assert.Equal("có", book.Text(sheet, $"M{Row(36)}"));

        // Missing and silent.
        Assert.Equal("chưa nộp", book.Text(sheet, $"D{Row(50)}"));
        Assert.Null(book.Cell(sheet, $"J{Row(50)}"));

        // Counted from the sheet itself, the states agree with the summary.
        var states = book.ColumnTexts(sheet, "D");
        Assert.Equal(book.Number(Summary, "F3"), states.Count(s => s == "đã nộp"));
        Assert.Equal(book.Number(Summary, "H3"), book.ColumnTexts(sheet, "F").Count(s => s.StartsWith("trễ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_paper_submission_says_so_where_the_file_name_would_be()
    {
        await using var data = await ExportDataset.CreateAsync();
        using var book = await BuildAsync(data, [data.Report]);
        var sheet = book.SheetNames[1];
        var row = book.ColumnTexts(sheet, "A").ToList().IndexOf(data.Units[5].Code) + 2;
        Assert.Equal("đã nộp", book.Text(sheet, $"D{row}"));
        Assert.Equal("(nộp ngoài bot: bản giấy ngày 12/3)", book.Text(sheet, $"H{row}"));
        Assert.Equal(77, book.ColumnTexts(sheet, "A").Count);
    }

    [Fact]
    public async Task Dates_are_numeric_serials_with_a_date_format()
    {
        await using var data = await ExportDataset.CreateAsync();
        using var book = await BuildAsync(data);
        var cell = book.Cell(Summary, "C3")!;
        Assert.Null(cell.DataType);
        Assert.Equal(new DateTime(2026, 3, 10).ToOADate(), book.Number(Summary, "C3"));
        Assert.Equal(46091, book.Number(Summary, "C3"));
        Assert.Equal("dd/mm/yyyy", book.FormatCode(Summary, "C3"));

        var sheet = book.Text(Summary, "M3")!;
        Assert.Equal("dd/mm/yyyy hh:mm", book.FormatCode(sheet, "E2"));
        Assert.Null(book.FormatCode(sheet, "G2"));
    }

    [Fact]
    public async Task Every_sheet_freezes_its_header_sizes_its_columns_and_filters()
    {
        await using var data = await ExportDataset.CreateAsync();
        using var book = await BuildAsync(data);
        foreach (var name in book.SheetNames)
        {
            var sheet = book.Sheet(name);
            var pane = sheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal(1, pane.VerticalSplit!.Value);
            Assert.Equal("A2", pane.TopLeftCell!.Value);
            var columns = sheet.Descendants<Column>().ToList();
            Assert.NotEmpty(columns);
            Assert.All(columns, c => Assert.True(c.CustomWidth!.Value && c.Width!.Value > 5));
            Assert.NotNull(sheet.Descendants<AutoFilter>().SingleOrDefault());
        }
    }

    [Fact]
    public async Task The_workbook_is_valid_open_xml_with_legal_unique_sheet_names()
    {
        await using var data = await ExportDataset.CreateAsync();
        using var book = await BuildAsync(data);
        Assert.Empty(new OpenXmlValidator().Validate(book.Document));
        Assert.Equal(book.SheetNames.Count, book.SheetNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(book.SheetNames, n =>
        {
            Assert.InRange(n.Length, 1, 31);
            Assert.True(n.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) < 0, n);
        });
        Assert.Contains(book.SheetNames, n => n.Contains("(đã hủy)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_reminder_column_reads_the_reminder_count_source()
    {
        await using var data = await ExportDataset.CreateAsync();
        var counts = new Dictionary<long, int> { [data.Grassroots[50].Id] = 3 };
        var sheets = new SheetSource(
            data.Get<UnitStore>(), data.Get<DeadlineStore>(), data.Get<SubmissionStore>(), data.Get<StatusNoteStore>(), data.Get<ExtensionRequestStore>(), new FixedReminderCounts(counts), data.Get<QcdcBot.Scheduling.Calendar.OfficeClock>());
        var workbook = new ProgressWorkbook(sheets, data.Get<QcdcBot.Scheduling.Calendar.OfficeClock>(), data.Get<IOptionsMonitor<BotOptions>>());
        using var book = new OpenedWorkbook((await workbook.BuildAsync([data.Plan], CancellationToken.None)).Bytes);
        var sheet = book.SheetNames[1];
        var row = book.ColumnTexts(sheet, "A").ToList().IndexOf(data.Grassroots[50].Code) + 2;
        Assert.Equal(3, book.Number(sheet, $"K{row}"));
        Assert.Equal(0, book.Number(sheet, "K2"));
    }

    private static async Task<OpenedWorkbook> BuildAsync(ExportDataset data, IReadOnlyList<Deadline>? deadlines = null)
    {
        deadlines ??= await data.Get<DeadlineStore>().ListAsync(includeClosed: true);
        var document = await data.Get<ProgressWorkbook>().BuildAsync(deadlines, CancellationToken.None);
        Assert.EndsWith(".xlsx", document.FileName, StringComparison.Ordinal);
        Assert.Equal(XlsxWriter.ContentType, document.ContentType);
        return new OpenedWorkbook(document.Bytes);
    }

    private sealed class FixedReminderCounts(IReadOnlyDictionary<long, int> counts) : IReminderCountSource
    {
        public Task<IReadOnlyDictionary<long, int>> CountsForDeadlineAsync(long deadlineId, CancellationToken ct) => Task.FromResult(counts);
    }
}
