using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Bot.Exports;
using QcdcBot.Scale;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Reminders;
using QcdcBot.Storage.Submissions;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Scale;

/// <summary>The export's lean read of a sheet against the full tally with files: every unit, every column's source, every count.</summary>
public sealed class SheetSourceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Each_sheet_of_a_generated_mixed_store_shows_what_the_full_tally_with_files_says()
    {
        var folder = CoreServices.NewFolder("sheet-source");
        var path = Path.Combine(folder, "scale.db");
        await ScaleDataset.CreateAsync(path, units: 120, deadlines: 8, Now);
        var services = CoreServices.Create(path, new FakeTimeProvider(Now), b => b.Admins = [ScaleDataset.Admin])
            .AddSingleton<IReminderCountSource, LedgerReminderCounts>()
            .AddSingleton<SheetSource>()
            .BuildServiceProvider();
        try
        {
            var all = await services.GetRequiredService<DeadlineStore>().ListAsync(includeClosed: true);
            var full = await services.GetRequiredService<TallyService>().ForDeadlinesAsync(all, withFiles: true);
            var source = services.GetRequiredService<SheetSource>();
            var anyReminded = false;
            foreach (var tally in full)
            {
                var sheet = await source.ReadAsync(tally.Deadline, CancellationToken.None);
                var reminded = (await services.GetRequiredService<ReminderLedgerStore>().SentForDeadlineAsync(tally.Deadline.Id)).ToDictionary(r => r.UnitId, r => r.Count);
                anyReminded |= reminded.Count > 0;

                Assert.Equal(tally.Units.Select(u => u.Unit.Id), sheet.Lines.Select(l => l.Unit.Id));
                Assert.All(Enum.GetValues<StandingBucket>(), b => Assert.Equal(tally.Count(b), sheet.Counts.Count(b)));
                Assert.Equal((tally.Submitted, tally.Missing, tally.Silent), (sheet.Counts.Submitted, sheet.Counts.Missing, sheet.Counts.Silent));
                foreach (var (standing, line) in tally.Units.Zip(sheet.Lines))
                {
                    Assert.Equal(standing.Facts, line.Facts);
                    Assert.Equal((standing.DueDate, standing.Extended), (line.DueDate, line.Extended));
                    Assert.Equal(standing.Status?.Id, line.Status?.Id);
                    Assert.Equal(standing.Status, line.Status);
                    Assert.Equal(standing.PendingExtension?.Id, line.PendingExtension?.Id);
                    Assert.Equal(Expected(standing), line.Submission);
                    Assert.Equal(reminded.GetValueOrDefault(standing.Unit.Id), line.Reminders);
                }
            }

            // The mix has what the columns pick between: paper records, uploads, corrections.
            Assert.Contains(full, t => t.Units.Any(u => u.LatestPaper is not null));
            Assert.Contains(full, t => t.Units.Any(u => u.LatestWithFiles is not null));
            Assert.Contains(full, t => t.Units.Any(u => u.Latest is { Version: > 1 }));
            Assert.True(anyReminded);
        }
        finally
        {
            await CoreServices.DisposeAsync(services, folder);
        }
    }

    private static SheetSubmission? Expected(UnitStanding s) =>
        s is { First: { } first, Latest: { } latest }
            ? new SheetSubmission(
                s.Unit.Id, first.ReceivedAt, first.DaysLate, latest.Version, latest.ReceiptNo,
                s.LatestWithFiles?.Version ?? 0, s.LatestWithFiles is { } upload ? string.Join("; ", upload.Files.Select(f => f.OriginalName)) : null,
                s.LatestPaper?.Version ?? 0, s.LatestPaper?.Note)
            {
                OfficeFilesVersion = s.OfficeFilesBeside?.Version ?? 0,
                OfficeFileNames = s.OfficeFilesBeside is { } office ? string.Join("; ", office.Files.Select(f => f.OriginalName)) : null,
            }
            : null;
}
