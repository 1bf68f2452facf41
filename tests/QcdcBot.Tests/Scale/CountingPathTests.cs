using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Scale;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Statuses;
using QcdcBot.Tests.Digest;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Scale;

/// <summary>The counting path (/tonghop, the digest, /tinhhinh) against the full tally: every bucket, every deadline, every unit's record.</summary>
public sealed class CountingPathTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_counts_of_a_generated_mixed_store_equal_the_full_tally_in_every_bucket()
    {
        var folder = CoreServices.NewFolder("counting");
        var path = Path.Combine(folder, "scale.db");
        await ScaleDataset.CreateAsync(path, units: 120, deadlines: 8, Now);
        var services = CoreServices.Create(path, new FakeTimeProvider(Now), b => b.Admins = [ScaleDataset.Admin]).BuildServiceProvider();
        try
        {
            var all = await services.GetRequiredService<DeadlineStore>().ListAsync(includeClosed: true);
            await AssertSameAsync(services.GetRequiredService<TallyService>(), services.GetRequiredService<TallyCounter>(), all, DateOnly.FromDateTime(Now.UtcDateTime));
        }
        finally
        {
            await CoreServices.DisposeAsync(services, folder);
        }
    }

    [Fact]
    public async Task The_counts_of_the_digest_fixture_with_every_precedence_case_equal_the_full_tally()
    {
        await using var harness = await DigestHarness.CreateAsync(DigestDataset.Start);
        var data = await DigestDataset.SeedAsync(harness);
        var notes = harness.Get<StatusNoteStore>();
        var extensions = harness.Get<ExtensionRequestStore>();

        // The cases where two facts meet, so the precedence decides: extended and "đang làm"; a pending extension and
        // a claim of paper; a refused excuse; a rejected claim; an excuse waiting and an extension waiting.
        await notes.AddAsync(data.G[69].Id, data.Plan.Id, StatusState.InProgress, "đang làm", null, "test");
        await extensions.CreateAsync(data.G[73].Id, data.Plan.Id, new DateOnly(2026, 3, 30), "chờ họp", "test");
        await notes.AddAsync(data.G[73].Id, data.Plan.Id, StatusState.SentOnPaper, "bản giấy", null, "test");
        var refused = await notes.AddAsync(data.D[2].Id, data.Report.Id, StatusState.NothingToReport, "không có", null, "test");
        Assert.True(await notes.RefuseExcuseAsync(refused.Id, DigestHarness.Admin));
        var rejected = await notes.AddAsync(data.G[0].Id, data.Report.Id, StatusState.SentByEmail, "email", null, "test");
        Assert.True(await notes.RejectClaimAsync(rejected.Id, DigestHarness.Admin));
        await extensions.CreateAsync(data.G[5].Id, data.Report.Id, new DateOnly(2026, 3, 30), "chờ họp", "test");

        // A unit that changed its answer: only the latest status counts, whatever came before it.
        await notes.AddAsync(data.G[66].Id, data.Plan.Id, StatusState.SentByEmail, "đã gửi email", null, "test");
        await notes.AddAsync(data.G[67].Id, data.Plan.Id, StatusState.InProgress, "đang làm lại", null, "test");

        var all = await harness.Get<DeadlineStore>().ListAsync(includeClosed: true);
        await AssertSameAsync(harness.Get<TallyService>(), harness.Get<TallyCounter>(), all, DateOnly.FromDateTime(DigestDataset.DigestTime.DateTime));
    }

    private static async Task AssertSameAsync(TallyService tallies, TallyCounter counter, IReadOnlyList<Deadline> all, DateOnly today)
    {
        var full = await tallies.ForDeadlinesAsync(all, withFiles: false);
        var counts = await counter.CountAsync(all, namesUpTo: int.MaxValue, today);

        Assert.Equal(full.Count, counts.Deadlines.Count);
        for (var i = 0; i < full.Count; i++)
        {
            var (tally, counted) = (full[i], counts.Deadlines[i]);
            Assert.Equal(tally.Deadline.Id, counted.Deadline.Id);
            Assert.All(Enum.GetValues<StandingBucket>(), b => Assert.True(tally.Count(b) == counted.Count(b), $"#{tally.Deadline.Id} {b}: tally {tally.Count(b)}, counted {counted.Count(b)}"));
            Assert.Equal(
                (tally.InScope, tally.Submitted, tally.OnTime, tally.Late, tally.Extended, tally.Excused, tally.Missing, tally.Silent, tally.ExtensionPending, tally.Count(StandingBucket.ExcuseRefused), tally.Count(StandingBucket.ExtensionLapsed)),
                (counted.InScope, counted.Submitted, counted.OnTime, counted.Late, counted.Extended, counted.Excused, counted.Missing, counted.Silent, counted.ExtensionPending, counted.Count(StandingBucket.ExcuseRefused), counted.Count(StandingBucket.ExtensionLapsed)));
            Assert.Equal(tally.StatusCounts.OrderBy(p => p.Key), counted.StatusCounts.OrderBy(p => p.Key));
            Assert.Equal(tally.MissingUnits.Select(u => u.Unit.Id), counted.Owing.Select(u => u.Id));
        }

        // Each unit's record over the deadlines already due, counted the way the digest's habitually late list was.
        var expected = full.Where(t => t.Deadline.DueDate < today)
            .SelectMany(t => t.Units.Where(s => s.DueDate < today))
            .GroupBy(s => s.Unit.Id)
            .Select(g => (Unit: g.Key, Due: g.Count(), Bad: g.Count(s => s.Late || s.Owes)))
            .OrderBy(r => r.Unit);
        Assert.Equal(expected, counts.Records.Select(r => (Unit: r.Unit.Id, r.Due, r.Bad)).OrderBy(r => r.Unit));
        Assert.Contains(counts.Records, r => r.Bad > 0);
    }
}
