using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Tallies;
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
    /// Writes the workbook to <paramref name="output"/> as the store is read: each deadline's sheet is read, written
    /// and compressed on its own worker, one worker per core, and placed in the file in order as it is ready; then
    /// the summary (placed first) from the counts gathered on the way. Memory holds at most twice as many deadlines'
    /// sheets as there are cores, however many deadlines there are.
    /// </summary>
    public async Task WriteAsync(IReadOnlyList<Deadline> deadlines, Stream output, CancellationToken ct)
    {
        var names = options.CurrentValue.Names;
        var sheetNames = new SheetNames();
        var summaryName = sheetNames.Claim(SummarySheet.Name);
        var tabNames = deadlines.Select(d => sheetNames.Claim(DeadlineSheet.WantedName(d))).ToList();
        var summaryRows = new List<IReadOnlyList<ExportCell?>>();
        IReadOnlyList<Unit> units = deadlines.Count == 0 ? [] : await sheets.UnitsAsync(ct);
        // A text cache per worker at a time: unit names and states are prepared once per worker, not per sheet.
        var caches = new ConcurrentBag<TextCache>();
        var inFlight = new Queue<Task<(DeadlineCounts Counts, SheetPart Part)>>();
        var started = 0;
        // One sheet in the making per core; twice as many started, so a worker that finishes a later sheet first
        // goes on to the next one instead of waiting for the earlier sheet to be placed.
        var width = Math.Max(1, Environment.ProcessorCount);
        using var cores = new SemaphoreSlim(width);
        void StartSheets()
        {
            while (started < deadlines.Count && inFlight.Count < 2 * width)
            {
                var deadline = deadlines[started++];
                inFlight.Enqueue(Task.Run(() => SheetAsync(deadline, units, caches, cores, ct), ct));
            }
        }

        try
        {
            // The first sheets are being read while the package's first parts are made here.
            StartSheets();
            var writer = XlsxWriter.Create(output, $"Tổng hợp QCDC {names.Organization}", names.Full);
            for (var i = 0; i < deadlines.Count; i++)
            {
                StartSheets();
                var (counts, part) = await inFlight.Dequeue();
                summaryRows.Add(SummarySheet.Row(counts, tabNames[i]));
                writer.AddSheet(tabNames[i], part, i + 1);
            }

            writer.AddSheet(summaryName, SummarySheet.Columns, summaryRows, 0);
            writer.Finish();
        }
        catch
        {
            // Nothing may still be reading the store or writing memory once the caller sees the failure.
            await Task.WhenAll(inFlight.Select(t => t.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default)));
            throw;
        }
    }

    private async Task<(DeadlineCounts Counts, SheetPart Part)> SheetAsync(
        Deadline deadline, IReadOnlyList<Unit> units, ConcurrentBag<TextCache> caches, SemaphoreSlim cores, CancellationToken ct)
    {
        // Waiters are let in first come, first served: the earliest sheets, which the file needs first, go first.
        await cores.WaitAsync(ct);
        var texts = caches.TryTake(out var cache) ? cache : new TextCache();
        try
        {
            var sheet = await sheets.ReadAsync(deadline, units, ct);
            return (sheet.Counts, XlsxWriter.Sheet(DeadlineSheet.Columns, selected: false, texts, rows => DeadlineSheet.WriteRows(rows, sheet, clock)));
        }
        finally
        {
            caches.Add(texts);
            cores.Release();
        }
    }
}
