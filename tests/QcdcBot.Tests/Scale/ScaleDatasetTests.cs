using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Scale;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Scale;

public sealed class ScaleDatasetTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_small_generated_store_reads_back_through_the_tallies_with_the_mix_it_claims()
    {
        var folder = CoreServices.NewFolder("scale");
        var path = Path.Combine(folder, "scale.db");
        var mix = await ScaleDataset.CreateAsync(path, units: 50, deadlines: 5, Now);
        var services = CoreServices.Create(path, new FakeTimeProvider(Now), b => b.Admins = [ScaleDataset.Admin]).BuildServiceProvider();
        try
        {
            var all = await services.GetRequiredService<DeadlineStore>().ListAsync(includeClosed: true);
            var tallies = await services.GetRequiredService<TallyService>().ForDeadlinesAsync(all, withFiles: true);
            var standings = tallies.SelectMany(t => t.Units).ToList();

            Assert.Equal(5, all.Count);
            Assert.All(tallies, t => Assert.Equal(50, t.InScope));
            Assert.Equal(mix.Submitted, tallies.Sum(t => t.Submitted));
            Assert.Equal(mix.OnTime, tallies.Sum(t => t.OnTime));
            Assert.Equal(mix.Late, tallies.Sum(t => t.Late));
            Assert.Equal(mix.Extended, tallies.Sum(t => t.Extended));
            Assert.Equal(mix.Excused, tallies.Sum(t => t.Excused));
            Assert.Equal(mix.ExtensionPending, tallies.Sum(t => t.ExtensionPending));
            // The dataset's "silent" holds the refused excuses and the extensions run out or refused with nothing after
            // them: answered, so the tallies name them apart.
            Assert.Equal(mix.Silent, tallies.Sum(t => t.Silent + t.Count(StandingBucket.ExcuseRefused) + t.Count(StandingBucket.ExtensionLapsed)));
            Assert.Equal(mix.StatusOnly, tallies.Sum(t => t.StatusCounts.Values.Sum()));
            Assert.Equal(mix.RefusedExcuses, standings.Count(s => s.Status is { IsRefusedExcuse: true }));
            Assert.Equal(mix.Paper, standings.Count(s => s.LatestPaper is not null));
            Assert.Equal(mix.WithFiles, standings.Count(s => s.LatestWithFiles is { Files.Count: > 0 }));
            Assert.Equal(mix.Corrected, standings.Count(s => s.Latest is { Version: > 1 }));

            // Every situation is there, and about half of the 250 pairs are submitted.
            Assert.All(new[] { mix.OnTime, mix.Late, mix.Extended, mix.Paper, mix.Corrected, mix.Excused, mix.RefusedExcuses, mix.StatusOnly, mix.ExtensionPending, mix.Silent, mix.Reminders },
                n => Assert.True(n > 0));
            Assert.InRange(mix.Submitted, 100, 150);
            Assert.Equal(250, mix.Submitted + mix.Excused + tallies.Sum(t => t.Missing));
            Assert.Equal(4, tallies.SelectMany(t => t.StatusCounts.Keys).Distinct().Count(s => s != StatusState.NothingToReport));
            Assert.Contains(all, d => d.State == DeadlineState.Closed);
            Assert.Contains(all, d => d.DueDate < DateOnly.FromDateTime(Now.UtcDateTime));
            Assert.Contains(all, d => d.DueDate > DateOnly.FromDateTime(Now.UtcDateTime));
        }
        finally
        {
            await CoreServices.DisposeAsync(services, folder);
        }
    }
}
