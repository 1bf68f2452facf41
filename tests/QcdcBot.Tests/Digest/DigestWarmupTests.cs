using QcdcBot.Bot.Digest;
using QcdcBot.Scheduling.Digests;
using QcdcBot.Storage.Database;

namespace QcdcBot.Tests.Digest;

public sealed class DigestWarmupTests
{
    [Fact]
    public async Task The_sample_digest_is_the_whole_digests_first_open_deadline_alone()
    {
        await using var harness = await DigestHarness.CreateAsync(DigestDataset.Start);
        await DigestDataset.SeedAsync(harness);
        var builder = harness.Get<DigestBuilder>();

        var whole = await builder.BuildAsync();
        var sample = await builder.SampleAsync(CancellationToken.None);

        Assert.True(whole.Entries.Count > 1);
        var entry = Assert.Single(sample.Entries);
        var same = whole.Entries[0];
        Assert.Equal(same with { Missing = [] }, entry with { Missing = [] });
        Assert.Equal(same.Missing, entry.Missing);
    }

    /// <summary>The start-up warm-up runs /tonghop's path but must leave no trace: no digest stored, nothing queued.</summary>
    [Fact]
    public async Task The_digest_warm_up_stores_nothing_and_sends_nothing()
    {
        await using var harness = await DigestHarness.CreateAsync(DigestDataset.Start);
        await DigestDataset.SeedAsync(harness);
        var before = await DigestsAsync(harness);
        var queued = (await harness.OutboxAsync()).Count;

        await new DigestWarmStep(harness.Get<DigestService>()).RunAsync(CancellationToken.None);

        Assert.Equal(before, await DigestsAsync(harness));
        Assert.Equal(queued, (await harness.OutboxAsync()).Count);
    }

    private static async Task<long> DigestsAsync(DigestHarness harness)
    {
        await using var connection = await harness.Get<SqliteDatabase>().OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM digests";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
