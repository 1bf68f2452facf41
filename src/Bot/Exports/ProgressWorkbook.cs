using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Exports;

/// <summary>The .xlsx for /xuat and the export command: "Tổng hợp" first, then one sheet per deadline.</summary>
internal sealed class ProgressWorkbook(SheetSource sheets, OfficeClock clock, IOptionsMonitor<BotOptions> options)
{
    /// <summary>The workbook as a document to send in the chat (/xuat).</summary>
    public async Task<OutboundDocument> BuildAsync(IReadOnlyList<Deadline> deadlines, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        await WriteAsync(deadlines, stream, ct);
        return new OutboundDocument(ExportFileNames.Workbook(deadlines, clock.Today), XlsxWriter.ContentType, stream.ToArray());
    }

    /// <summary>
    /// Writes the workbook to <paramref name="output"/> as the store is read: one deadline's sheet at a time, written
    /// row by row while the next deadline is read on another thread, then the summary (placed first) from the counts
    /// gathered on the way. Memory holds two deadlines' lines however many deadlines there are.
    /// </summary>
    public async Task WriteAsync(IReadOnlyList<Deadline> deadlines, Stream output, CancellationToken ct)
    {
        var names = options.CurrentValue.Names;
        var sheetNames = new SheetNames();
        var summaryName = sheetNames.Claim(SummarySheet.Name);
        var summaryRows = new List<IReadOnlyList<ExportCell?>>();
        using var writer = XlsxWriter.Create(output, $"Tổng hợp QCDC {names.Organization}", names.Full);
        IReadOnlyList<Unit> units = deadlines.Count == 0 ? [] : await sheets.UnitsAsync(ct);
        Task<SheetData>? next = deadlines.Count == 0 ? null : sheets.ReadAsync(deadlines[0], units, ct);
        for (var i = 0; i < deadlines.Count; i++)
        {
            var sheet = await next!;
            next = i + 1 < deadlines.Count ? ReadOnThreadPool(deadlines[i + 1], units, ct) : null;
            var name = sheetNames.Claim(DeadlineSheet.WantedName(sheet.Counts.Deadline));
            summaryRows.Add(SummarySheet.Row(sheet.Counts, name));
            writer.AddSheet(name, DeadlineSheet.Columns, DeadlineSheet.Rows(sheet, clock), i + 1);
        }

        writer.AddSheet(summaryName, SummarySheet.Columns, summaryRows, 0);
        writer.Finish();
    }

    // The sheets are written synchronously on this thread; the next one's read runs beside it on the other core.
    private Task<SheetData> ReadOnThreadPool(Deadline deadline, IReadOnlyList<Unit> units, CancellationToken ct) =>
        Task.Run(() => sheets.ReadAsync(deadline, units, ct), ct);
}
