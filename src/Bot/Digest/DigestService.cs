using System.Text.Json;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Digests;
using QcdcBot.Storage.Digests;

namespace QcdcBot.Bot.Digest;

/// <summary>Composes the digest from the tallies and compares it with the last weekly one that was stored.</summary>
internal sealed class DigestService(DigestBuilder builder, DigestStore store, OfficeClock clock, IOptionsMonitor<DigestOptions> options, IOptionsMonitor<BotOptions> botOptions)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The digest now (/tonghop): on-demand digests are stored apart, so they never move the weekly comparison.</summary>
    /// <param name="oneMessage">/tonghop's reply: kept to one message a phone shows (see <see cref="DigestText.PhoneLength"/>).</param>
    public async Task<ComposedDigest> ComposeAsync(bool listMissing, CancellationToken ct, bool oneMessage = false)
    {
        var now = await builder.BuildAsync(ct);
        var previous = Numbers(await store.LatestWeeklyAsync(ct));
        return new ComposedDigest(now, DigestText.Compose(now, previous, listMissing, Organization, oneMessage));
    }

    /// <summary>
    /// This week's numbers and the ones they are compared with. When today's weekly digest is already stored (a
    /// rerun, or a restart after a crash) its own numbers come back, so the rerun composes the very same text.
    /// </summary>
    public async Task<WeeklyNumbers> WeeklyAsync(CancellationToken ct)
    {
        var last = await store.LatestWeeklyAsync(ct);
        var lastNumbers = Numbers(last);
        if (last is not null && lastNumbers is not null && lastNumbers.Today == clock.Today)
        {
            return new WeeklyNumbers(lastNumbers, Numbers(await store.WeeklyBeforeAsync(last.Id, ct)), AlreadyStored: true);
        }

        return new WeeklyNumbers(await builder.BuildAsync(ct), lastNumbers, AlreadyStored: false);
    }

    public string Organization => botOptions.CurrentValue.OrganizationName;

    public bool ListMissingUnits => options.CurrentValue.ListMissingUnits;

    public Task<long> SaveAsync(ComposedDigest digest, string kind, IEnumerable<string> recipients, CancellationToken ct) =>
        store.SaveAsync(digest.Snapshot.TakenAt, kind, string.Join(", ", recipients), digest.Text, JsonSerializer.Serialize(digest.Snapshot, Json), ct);

    private static DigestSnapshot? Numbers(StoredDigest? stored) =>
        stored is null ? null : JsonSerializer.Deserialize<DigestSnapshot>(stored.Numbers, Json);

    /// <summary>
    /// /tonghop's path over one open deadline, read only: the counts, the comparison with the last weekly digest, the
    /// text, the numbers' JSON written and read back. The start-up warm-up (Hosting/Warmup) runs it so the first
    /// /tonghop after a start finds its code compiled; one deadline runs the same code as fifty at a fiftieth of the reads.
    /// </summary>
    internal async Task WarmAsync(CancellationToken ct)
    {
        var now = await builder.SampleAsync(ct);
        var weekly = Numbers(await store.LatestWeeklyAsync(ct));
        ct.ThrowIfCancellationRequested();
        DigestText.Compose(now, weekly, ListMissingUnits, Organization, oneMessage: true);
        ct.ThrowIfCancellationRequested();
        JsonSerializer.Deserialize<DigestSnapshot>(JsonSerializer.Serialize(now, Json), Json);
    }
}

internal sealed record ComposedDigest(DigestSnapshot Snapshot, string Text);
