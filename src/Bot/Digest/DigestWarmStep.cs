using QcdcBot.Bot.Hosting.Warmup;

namespace QcdcBot.Bot.Digest;

/// <summary>The digest's path (/tonghop, and the counting that /viec and /tinhhinh share) over one deadline; see <see cref="DigestService.WarmAsync"/>.</summary>
internal sealed class DigestWarmStep(DigestService digests) : IWarmStep
{
    public string Name => "digest";

    public Task RunAsync(CancellationToken ct) => digests.WarmAsync(ct);
}
