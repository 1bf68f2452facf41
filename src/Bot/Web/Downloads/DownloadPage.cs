using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using QcdcBot.Bot.Web.Upload;
using QcdcBot.Storage.Web;

namespace QcdcBot.Bot.Web.Downloads;

/// <summary>
/// <c>/tai/{token}</c>: the document behind a download link, streamed from the store with its type and its UTF-8 name
/// (<c>filename*</c>), each use written to the audit log; an expired, forged or no-longer-allowed link gets a clear
/// Vietnamese page and no bytes.
/// </summary>
internal sealed class DownloadPage(DownloadLinks links, StoredFileReader files, WebSessionStore audit, ILogger<DownloadPage> logger) : IWebEndpoints
{
    private const string Next = "Để nhận đường dẫn mới, gõ lại lệnh (/xuat hoặc /taifile) trong tin nhắn riêng với bot.";

    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(DownloadLinks.PathPrefix + "{token}", (Func<HttpContext, string, Task<IResult>>)DownloadAsync);

    private async Task<IResult> DownloadAsync(HttpContext http, string token)
    {
        var ct = http.RequestAborted;
        var check = await links.CheckAsync(token, ct);
        switch (check.Problem)
        {
            case DownloadLinkProblem.Expired:
                return Page("Đường dẫn đã hết hạn", "Đường dẫn tải tệp này đã hết thời hạn sử dụng.", StatusCodes.Status410Gone);
            case DownloadLinkProblem.NotForYou:
                return Page("Đường dẫn không dùng được", "Đường dẫn này được gửi cho một người không còn quyền lãnh đạo hoặc quản trị bot, nên không tải được.", StatusCodes.Status403Forbidden);
            case DownloadLinkProblem.Invalid:
                return Page("Đường dẫn không hợp lệ", "Đường dẫn tải tệp này không đúng (có thể bị chép thiếu hoặc bị sửa).", StatusCodes.Status404NotFound);
        }

        var link = check.Link!;
        // As on the office page: the files hold every unit's data, so the admins see who took them.
        await audit.RecordDownloadAsync(link.Person, "download_link", link.Sha256[..12], link.FileName, ct);
        var response = http.Response;
        var disposition = new ContentDispositionHeaderValue("attachment");
        // filename* carries the Vietnamese name as UTF-8; filename is its ASCII fallback for old clients.
        disposition.SetHttpFileName(link.FileName);
        response.ContentType = link.ContentType;
        response.Headers.ContentDisposition = disposition.ToString();
        if (!await files.CopyToAsync(link.Sha256, response.Body, ct))
        {
            response.Headers.ContentDisposition = default;
            return Page("Không còn tệp", "Tệp này không còn trong kho của bot.", StatusCodes.Status404NotFound);
        }

        logger.LogInformation("Download link used by {Person} for file {Sha}", link.Person, link.Sha256[..12]);
        return Results.Empty;
    }

    private static IResult Page(string title, string message, int status) =>
        Results.Content(UploadPageHtml.Refusal(title, message, Next), "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
