using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Exports;

/// <summary>The .xlsx for /xuat and the export command: "Tổng hợp" first, then one sheet per deadline.</summary>
internal sealed class ProgressWorkbook(TallyService tallies, IReminderCountSource reminders, OfficeClock clock, IOptionsMonitor<BotOptions> options)
{
    /// <summary>The workbook as a document to send in the chat (/xuat).</summary>
    public async Task<OutboundDocument> BuildAsync(IReadOnlyList<Deadline> deadlines, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        await WriteAsync(deadlines, stream, ct);
        return new OutboundDocument(ExportFileNames.Workbook(deadlines, clock.Today), XlsxWriter.ContentType, stream.ToArray());
    }

    /// <summary>
    /// Writes the workbook to <paramref name="output"/> as the store is read: one deadline's tally at a time, its
    /// sheet written row by row, then the summary (placed first) from the counts gathered on the way.
    /// </summary>
    public async Task WriteAsync(IReadOnlyList<Deadline> deadlines, Stream output, CancellationToken ct)
    {
        var names = options.CurrentValue.Names;
        var sheetNames = new SheetNames();
        var summaryName = sheetNames.Claim(SummarySheet.Name);
        var summaryRows = new List<IReadOnlyList<ExportCell?>>();
        using var writer = XlsxWriter.Create(output, $"Tổng hợp QCDC {names.Organization}", names.Full);
        var position = 1;
        await foreach (var tally in tallies.EachAsync(deadlines, withFiles: true, ct))
        {
            var counts = await reminders.CountsForDeadlineAsync(tally.Deadline.Id, ct);
            var name = sheetNames.Claim(DeadlineSheet.WantedName(tally.Deadline));
            summaryRows.Add(SummarySheet.Row(tally, name));
            writer.AddSheet(name, DeadlineSheet.Columns, DeadlineSheet.Rows(tally, counts, clock), position++);
        }

        writer.AddSheet(summaryName, SummarySheet.Columns, summaryRows, 0);
        writer.Finish();
    }
}
