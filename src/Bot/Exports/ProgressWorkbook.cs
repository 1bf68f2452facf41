using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Exports;

/// <summary>The .xlsx for /xuat and the export command: "Tổng hợp" first, then one sheet per deadline.</summary>
internal sealed class ProgressWorkbook(TallyService tallies, IReminderCountSource reminders, OfficeClock clock, IOptionsMonitor<BotOptions> options)
{
    public async Task<OutboundDocument> BuildAsync(IReadOnlyList<Deadline> deadlines, CancellationToken ct)
    {
        var names = options.CurrentValue.Names;
        var sheetNames = new SheetNames();
        var summaryName = sheetNames.Claim(SummarySheet.Name);
        var summaryRows = new List<IReadOnlyList<ExportCell?>>();
        var sheets = new List<ExportSheet>();
        foreach (var deadline in deadlines)
        {
            var tally = (await tallies.ForDeadlinesAsync([deadline], withFiles: true, ct))[0];
            var counts = await reminders.CountsForDeadlineAsync(deadline.Id, ct);
            var name = sheetNames.Claim(DeadlineSheet.WantedName(deadline));
            summaryRows.Add(SummarySheet.Row(tally, name));
            sheets.Add(new ExportSheet(name, DeadlineSheet.Columns, DeadlineSheet.Rows(tally, counts, clock)));
        }

        sheets.Insert(0, new ExportSheet(summaryName, SummarySheet.Columns, summaryRows));
        return new OutboundDocument(ExportFileNames.Workbook(deadlines, clock.Today), XlsxWriter.ContentType, XlsxWriter.Write(sheets, $"Tổng hợp QCDC {names.Organization}", names.Full));
    }
}
