using System.Text.Json;
using Microsoft.Extensions.Options;
using QcdcBot.Scheduling.Digests;
using QcdcBot.Storage.Digests;

namespace QcdcBot.Bot.Digest;

/// <summary>Composes the digest from the tallies and compares it with the last weekly one that was stored.</summary>
internal sealed class DigestService(DigestBuilder builder, DigestStore store, IOptionsMonitor<DigestOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ComposedDigest> ComposeAsync(bool listMissing, CancellationToken ct)
    {
        var now = await builder.BuildAsync(ct);
        var last = await store.LatestWeeklyAsync(ct);
        var previous = last is null ? null : JsonSerializer.Deserialize<DigestSnapshot>(last.Numbers, Json);
        return new ComposedDigest(now, DigestText.Compose(now, previous, listMissing));
    }

    public bool ListMissingUnits => options.CurrentValue.ListMissingUnits;

    public Task<long> SaveAsync(ComposedDigest digest, string kind, IEnumerable<string> recipients, CancellationToken ct) =>
        store.SaveAsync(digest.Snapshot.TakenAt, kind, string.Join(", ", recipients), digest.Text, JsonSerializer.Serialize(digest.Snapshot, Json), ct);
}

internal sealed record ComposedDigest(DigestSnapshot Snapshot, string Text);
