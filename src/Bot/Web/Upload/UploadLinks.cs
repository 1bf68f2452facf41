using Microsoft.Extensions.Options;
using QcdcBot.Bot.Web.Links;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Web.Upload;

internal enum UploadLinkProblem
{
    /// <summary>Forged, altered, cut short, or not one of ours.</summary>
    Invalid,

    Expired,

    /// <summary>The member is gone or now belongs to another unit, or the deadline no longer covers the unit.</summary>
    NotForThisUnit,

    /// <summary>The deadline was closed or cancelled.</summary>
    Closed,
}

/// <summary>A checked link: everything the page may show, or why it shows nothing.</summary>
internal sealed record UploadLinkCheck(UploadLinkProblem? Problem, Member? Member = null, Unit? Unit = null, Deadline? Deadline = null, UploadLink? Link = null);

/// <summary>
/// Personal upload links ("Nộp tệp tại: …"): made for a member, their unit and one deadline, signed, expiring after
/// <c>Web:UploadLinkLifetime</c>, and usable several times until then. None are made while <c>Web:PublicUrl</c> is empty.
/// </summary>
internal sealed class UploadLinks(
    LinkSigner signer,
    IOptionsMonitor<WebOptions> options,
    TimeProvider time,
    MemberStore members,
    UnitStore units,
    DeadlineStore deadlines)
{
    public const string PathPrefix = "/nop/";

    /// <summary>What the signature is bound to besides the payload: an upload token is no other kind of token.</summary>
    internal const string Purpose = "upload";

    public bool Enabled => options.CurrentValue.PublicUrl.Length > 0;

    public TimeSpan Lifetime => options.CurrentValue.UploadLinkLifetime;

    /// <summary>"7 ngày", "1 giờ 30 phút", "1 phút 30 giây": the two largest units, so a short lifetime is not rounded up to an hour.</summary>
    public string LifetimeText
    {
        get
        {
            var t = Lifetime;
            var parts = new (long Value, string Unit)[] { (t.Days, "ngày"), (t.Hours, "giờ"), (t.Minutes, "phút"), (t.Seconds, "giây") }
                .SkipWhile(p => p.Value == 0).Take(2).Where(p => p.Value > 0).Select(p => $"{p.Value} {p.Unit}").ToList();
            return parts.Count == 0 ? "1 giây" : string.Join(' ', parts);
        }
    }

    /// <summary>The member's link for the deadline, or null when the page is off or the member has no unit.</summary>
    public async Task<string?> ForAsync(Member member, long deadlineId, CancellationToken ct)
    {
        if (!Enabled || member.UnitId is not { } unitId)
        {
            return null;
        }

        var link = new UploadLink(member.Id, unitId, deadlineId, time.GetUtcNow() + options.CurrentValue.UploadLinkLifetime);
        return options.CurrentValue.PublicUrl.TrimEnd('/') + PathPrefix + await signer.SignAsync(Purpose, link.ToBytes(), ct);
    }

    /// <summary>Checks a token from a URL against the signature, the clock, and the store as it is now.</summary>
    public async Task<UploadLinkCheck> CheckAsync(string token, CancellationToken ct)
    {
        if (await signer.OpenAsync(Purpose, token, ct) is not { } payload || !UploadLink.TryRead(payload, out var link))
        {
            return new UploadLinkCheck(UploadLinkProblem.Invalid);
        }

        if (time.GetUtcNow() >= link.ExpiresAt)
        {
            return new UploadLinkCheck(UploadLinkProblem.Expired, Link: link);
        }

        var member = await members.GetAsync(link.MemberId, ct);
        var unit = await units.GetAsync(link.UnitId, ct);
        var deadline = await deadlines.GetAsync(link.DeadlineId, ct);
        if (member is null || unit is null || deadline is null || member.UnitId != unit.Id || !deadline.Covers(unit))
        {
            return new UploadLinkCheck(UploadLinkProblem.NotForThisUnit, Link: link);
        }

        return deadline.State == DeadlineState.Open
            ? new UploadLinkCheck(null, member, unit, deadline, link)
            : new UploadLinkCheck(UploadLinkProblem.Closed, member, unit, deadline, link);
    }
}
