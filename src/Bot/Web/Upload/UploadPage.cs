using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Delivery;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Bot.Web.Upload;

/// <summary>
/// <c>/nop/{token}</c>: a secretary's personal upload page. The link is checked before anything is read; the files
/// are checked like chat files (type, size, again on the server) and stored exactly as a chat upload (same
/// versioning and receipt, lateness from when this server received them), and the receipt also goes to the chat.
/// A bad link, a failed check or a forged form stores nothing.
/// </summary>
internal sealed class UploadPage(
    UploadLinks links,
    UploadFormGuard formGuard,
    SubmissionStore submissions,
    SubmissionRecorder recorder,
    DeadlineStore deadlines,
    OutboxWriter outbox,
    OfficeClock clock,
    TimeProvider time,
    IOptionsMonitor<BotOptions> botOptions,
    ILogger<UploadPage> logger) : IWebEndpoints
{
    /// <summary>Files per form; with <c>Bot:MaxFileBytes</c> each, this bounds the request body.</summary>
    public const int MaxFiles = 5;

    public const string Channel = "web";

    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(UploadLinks.PathPrefix + "{token}", (Func<HttpContext, string, Task<IResult>>)ShowAsync);
        endpoints.MapPost(UploadLinks.PathPrefix + "{token}", (Func<HttpContext, string, Task<IResult>>)ReceiveAsync);
    }

    private async Task<IResult> ShowAsync(HttpContext http, string token)
    {
        var check = await links.CheckAsync(token, http.RequestAborted);
        return check.Problem is { } problem ? ErrorPage(problem) : await PageAsync(http, token, check, []);
    }

    private async Task<IResult> ReceiveAsync(HttpContext http, string token)
    {
        // Lateness counts from when this server received the upload, as a chat upload counts from the platform's receipt.
        var receivedAt = time.GetUtcNow();
        var ct = http.RequestAborted;
        var check = await links.CheckAsync(token, ct);
        if (check.Problem is { } problem)
        {
            return ErrorPage(problem);
        }

        var settings = botOptions.CurrentValue;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = (settings.MaxFileBytes * MaxFiles) + (64 * 1024);
        }

        IFormCollection form;
        try
        {
            // Files over 64 KB are buffered to temporary files on disk by the form reader, never held twice in memory.
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = settings.MaxFileBytes + 1, ValueCountLimit = 16 }, ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return Html(UploadPageHtml.Error("Tệp quá lớn",
                $"Mỗi tệp tối đa {VietnameseWording.FileSize(settings.MaxFileBytes)}, mỗi lần tối đa {MaxFiles} tệp. Xin nén hoặc chia nhỏ tệp rồi nộp lại."), 413);
        }

        if (!await formGuard.IsValidAsync(http, token, form[UploadFormGuard.FieldName], ct))
        {
            return Html(UploadPageHtml.Error("Phiên nộp đã hết hạn", "Trang này không phải trang do bot gửi hoặc trình duyệt đã xóa cookie. Xin mở lại đường dẫn rồi chọn tệp lần nữa."), 400);
        }

        var problems = new List<string>();
        var accepted = new List<(IFormFile File, string Name)>();
        foreach (var file in form.Files)
        {
            var name = FileNames.Safe(file.FileName);
            if (UploadFlow.Check(name, file.Length, settings, declared: false) is { } why)
            {
                problems.Add(why);
            }
            else
            {
                accepted.Add((file, name));
            }
        }

        if (form.Files.Count == 0)
        {
            problems.Add("Chưa chọn tệp nào.");
        }
        else if (form.Files.Count > MaxFiles)
        {
            problems.Add($"Mỗi lần nộp tối đa {MaxFiles} tệp.");
        }

        if (problems.Count > 0)
        {
            return await PageAsync(http, token, check, problems, 400);
        }

        var files = new List<IncomingFile>();
        foreach (var (file, name) in accepted)
        {
            var bytes = new byte[file.Length];
            await using (var stream = file.OpenReadStream())
            {
                await stream.ReadExactlyAsync(bytes, ct);
            }

            files.Add(new IncomingFile(name, ContentTypes.For(name, file.ContentType), await submissions.PutFileAsync(bytes, ct), bytes.LongLength));
        }

        var member = check.Member!;
        var deadline = check.Deadline!;
        var receipt = await recorder.RecordAsync(check.Unit!, deadline, files, SubmissionMethod.Upload, string.Empty, member.Key, Channel, ct, receivedAt);
        // To every member of the unit on every channel, the uploader included; keyed on what was stored, so the
        // same files sent twice give one receipt each.
        var key = $"web:{deadline.Id}:{string.Join('+', files.Select(f => f.Sha256[..16]))}";
        foreach (var to in await recorder.OtherMembersAsync(check.Unit!, null, CancellationToken.None))
        {
            await outbox.EnqueueAsync(to, new OutboundMessage(receipt) { AboutDeadlineId = deadline.Id }, $"{key}:{to.Channel}:{to.ChatId}", CancellationToken.None);
        }
        logger.LogInformation("Upload page: {Count} file(s) from member {MemberId} for deadline {DeadlineId}", files.Count, member.Id, deadline.Id);
        return Html(UploadPageHtml.Receipt(receipt));
    }

    private async Task<IResult> PageAsync(HttpContext http, string token, UploadLinkCheck check, IReadOnlyList<string> problems, int status = 200)
    {
        var ct = http.RequestAborted;
        var unit = check.Unit!;
        var deadline = check.Deadline!;
        var overrides = await deadlines.OverridesAsync(deadline.Id, ct);
        var submitted = (await submissions.AllForDeadlineAsync(deadline.Id, ct)).Where(s => s.UnitId == unit.Id).ToList();
        var formToken = await formGuard.IssueAsync(http, token, ct);
        var settings = botOptions.CurrentValue;
        var model = new UploadPageModel(
            unit.Name, deadline.Id, deadline.Title, overrides.GetValueOrDefault(unit.Id, deadline.DueDate), clock.Today, submitted,
            VietnameseWording.Time(clock.ToLocal(check.Link!.ExpiresAt)), UploadFormGuard.FieldName, formToken,
            settings.AllowedFileTypes, settings.MaxFileBytes, MaxFiles);
        return Html(UploadPageHtml.Page(model, problems), status);
    }

    private static IResult ErrorPage(UploadLinkProblem problem) => problem switch
    {
        UploadLinkProblem.Expired => Html(UploadPageHtml.Error("Đường dẫn đã hết hạn", "Đường dẫn nộp tệp này đã hết thời hạn sử dụng."), 410),
        UploadLinkProblem.Closed => Html(UploadPageHtml.Error("Việc đã đóng", "Việc này đã đóng hoặc đã hủy nên không nhận tệp nữa."), 410),
        UploadLinkProblem.NotForThisUnit => Html(UploadPageHtml.Error("Đường dẫn không dùng được", "Đường dẫn này không còn dành cho đơn vị của bạn."), 403),
        _ => Html(UploadPageHtml.Error("Đường dẫn không hợp lệ", "Đường dẫn nộp tệp này không đúng (có thể bị chép thiếu hoặc bị sửa)."), 404),
    };

    private static IResult Html(string html, int status = 200) => Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
