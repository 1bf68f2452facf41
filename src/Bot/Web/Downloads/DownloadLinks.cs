using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Web.Links;
using QcdcBot.Storage.Web;

namespace QcdcBot.Bot.Web.Downloads;

internal enum DownloadLinkProblem
{
    /// <summary>Forged, altered, cut short, or not one of ours.</summary>
    Invalid,

    Expired,

    /// <summary>The person it was made for is no longer an admin or leader.</summary>
    NotForYou,
}

internal sealed record DownloadLinkCheck(DownloadLinkProblem? Problem, DownloadLink? Link = null);

/// <summary>
/// Expiring links to a document the bot could not send in chat (Zalo sends no files; Telegram refuses files over
/// 50 MB): a short random token whose grant (the person it was sent to, the file, its name, the expiry) is kept in the
/// store, so the URL shows none of them; valid for <c>Web:DownloadLinkLifetime</c>. Links signed the earlier way (the
/// grant inside the URL) still work until they expire. None are made while <c>Web:PublicUrl</c> is empty.
/// </summary>
internal sealed class DownloadLinks(LinkSigner signer, DownloadGrantStore grants, IOptionsMonitor<WebOptions> web, IOptionsMonitor<BotOptions> bot, TimeProvider time)
{
    public const string PathPrefix = "/tai/";

    /// <summary>What the signature is bound to besides the payload: a download token is no other kind of token.</summary>
    internal const string Purpose = "download";

    /// <summary>
    /// The line that replaces a document in a chat that cannot carry it: the link, or why there is none. The bytes
    /// are already in the file store (the outbox put them there), named by their hash.
    /// </summary>
    public async Task<string> NoteAsync(ConversationReference to, OutboundDocument document, string why, CancellationToken ct)
    {
        var settings = web.CurrentValue;
        if (settings.PublicUrl.Length == 0)
        {
            return $"(Tệp \"{document.FileName}\" {why}, và trang tải tệp trên web chưa được bật (chưa đặt Web:PublicUrl). Xin báo người quản trị máy chủ, hoặc nhận tệp qua Telegram.)";
        }

        if (to.UserId is null || to.UserId != to.ChatId)
        {
            // A group: anyone in it could open a link made for one person.
            return $"(Tệp \"{document.FileName}\" {why}. Đường dẫn tải chỉ gửi trong tin nhắn riêng: xin nhắn lệnh riêng cho bot.)";
        }

        var lifetime = settings.DownloadLinkLifetime;
        var link = new DownloadLink(
            $"{to.Channel}:{to.UserId}", Convert.ToHexStringLower(SHA256.HashData(document.Bytes)), document.FileName, document.ContentType,
            time.GetUtcNow() + lifetime);
        var token = await grants.CreateAsync(new DownloadGrant(link.Person, link.Sha256, link.FileName, link.ContentType, link.ExpiresAt), ct);
        var url = settings.PublicUrl.TrimEnd('/') + PathPrefix + token;
        return $"Tệp \"{document.FileName}\" {why}. Tải tệp tại (dành riêng cho bạn, hết hạn sau {Hours(lifetime)}):\n{url}";
    }

    /// <summary>Checks a token from a URL against the signature, the clock, and the settings as they are now.</summary>
    public async Task<DownloadLinkCheck> CheckAsync(string token, CancellationToken ct)
    {
        if (await LinkAsync(token, ct) is not { } link)
        {
            return new DownloadLinkCheck(DownloadLinkProblem.Invalid);
        }

        if (time.GetUtcNow() >= link.ExpiresAt)
        {
            return new DownloadLinkCheck(DownloadLinkProblem.Expired, link);
        }

        // The role is read from the settings as chat reads it: someone removed from Bot:Admins loses their links too.
        var settings = bot.CurrentValue;
        return settings.IsAdmin(link.Person) || settings.IsLeader(link.Person)
            ? new DownloadLinkCheck(null, link)
            : new DownloadLinkCheck(DownloadLinkProblem.NotForYou, link);
    }

    /// <summary>The grant behind a token: a stored one, else one signed into an older link.</summary>
    private async Task<DownloadLink?> LinkAsync(string token, CancellationToken ct)
    {
        if (await grants.FindAsync(token, ct) is { } grant)
        {
            return new DownloadLink(grant.Person, grant.Sha256, grant.FileName, grant.ContentType, grant.ExpiresAt);
        }

        return await signer.OpenAsync(Purpose, token, ct) is { } payload && DownloadLink.TryRead(payload, out var signed) ? signed : null;
    }

    private static string Hours(TimeSpan span) => span.TotalHours < 48
        ? $"{Math.Round(span.TotalHours):0} giờ"
        : $"{Math.Round(span.TotalDays):0} ngày";
}
