using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using QcdcBot.Bot.Exports;
using QcdcBot.Bot.Web.Office.Deadlines;
using QcdcBot.Bot.Web.Office.Downloads;
using QcdcBot.Bot.Web.Office.Overview;
using QcdcBot.Bot.Web.Office.Pages;
using QcdcBot.Bot.Web.Office.SignIn;
using QcdcBot.Bot.Web.Office.Units;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Web;

namespace QcdcBot.Bot.Web.Office;

/// <summary>
/// The office pages on the front door. Every page and download checks the session first: none → the page that
/// explains how to get a link; a person no longer admin or leader → 403. Every POST carries the session's form token.
/// </summary>
internal sealed class OfficeEndpoints : IWebEndpoints
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(OfficeRoutes.Stylesheet, () => Results.Text(OfficeStylesheet.Css, "text/css; charset=utf-8"));
        endpoints.MapGet(OfficeRoutes.HowToSignIn, (OfficeClock clock) => Html(SignInPages.HowTo(null, clock.LocalNow)));
        endpoints.MapGet(OfficeRoutes.SignIn + "/{token}", ShowSignIn);
        endpoints.MapPost(OfficeRoutes.SignIn, SignInAsync);
        endpoints.MapPost(OfficeRoutes.SignOut, SignOutAsync);
        endpoints.MapGet(OfficeRoutes.Overview, OverviewAsync);
        endpoints.MapGet(OfficeRoutes.Base + "/viec/{id:long}", DeadlineAsync);
        endpoints.MapPost(OfficeRoutes.Base + "/viec/{id:long}/giahan/{requestId:long}", ExtensionAsync);
        endpoints.MapPost(OfficeRoutes.Base + "/viec/{id:long}/khongphatsinh/{noteId:long}", ExcuseAsync);
        endpoints.MapGet(OfficeRoutes.Base + "/donvi/{id:long}", UnitAsync);
        endpoints.MapGet(OfficeRoutes.Base + "/tep/{submissionId:long}/{ordinal:int}", FileAsync);
        endpoints.MapGet(OfficeRoutes.Downloads, DownloadsAsync);
        endpoints.MapGet(OfficeRoutes.Workbook, WorkbookAsync);
        endpoints.MapGet(OfficeRoutes.Base + "/taive/tep-da-nop/{id:long}", ArchiveAsync);
    }

    private static IResult ShowSignIn(string token, HttpContext http, OfficeSessions sessions, OfficeClock clock)
    {
        var formToken = WebTokens.New();
        sessions.SetSignInCookie(http.Response, formToken);
        return Html(SignInPages.Confirm(token, formToken, clock.LocalNow));
    }

    private static async Task<IResult> SignInAsync(HttpContext http, WebSessionStore store, OfficeSessions sessions, OfficeClock clock, IOptionsMonitor<OfficeWebOptions> options)
    {
        if (!http.Request.HasFormContentType)
        {
            return BadForm(clock);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (!http.Request.Cookies.TryGetValue(OfficeSessions.SignInCookieName, out var expected) || !OfficeSessions.SameToken(form[OfficeRoutes.FormTokenField], expected))
        {
            return BadForm(clock);
        }

        var token = form["ma"].ToString();
        var result = token.Length is > 0 and <= 100
            ? await store.RedeemLinkAsync(token, options.CurrentValue.SessionLifetime, http.RequestAborted)
            : new SignInResult(SignInOutcome.UnknownLink, null, null);
        if (result is not { Outcome: SignInOutcome.SignedIn, SessionToken: { } sessionToken })
        {
            var why = result.Outcome switch
            {
                SignInOutcome.AlreadyUsed => "Đường dẫn này đã được dùng. Mỗi đường dẫn chỉ đăng nhập được một lần.",
                SignInOutcome.Expired => "Đường dẫn này đã hết hạn.",
                _ => "Đường dẫn đăng nhập không đúng.",
            };
            return Html(SignInPages.HowTo(why, clock.LocalNow), StatusCodes.Status403Forbidden);
        }

        sessions.ClearSignInCookie(http.Response);
        sessions.SetSessionCookie(http.Response, sessionToken);
        return Results.Redirect(OfficeRoutes.Overview);
    }

    private static Task<IResult> SignOutAsync(HttpContext http, OfficeSessions sessions, WebSessionStore store, OfficeClock clock) =>
        PostAsync(http, sessions, clock, async (viewer, _) =>
        {
            await store.RevokeAllAsync(viewer.Person, http.RequestAborted);
            sessions.ClearSessionCookie(http.Response);
            return Html(SignInPages.HowTo("Đã đăng xuất trên mọi máy.", clock.LocalNow));
        });

    private static Task<IResult> OverviewAsync(HttpContext http, OfficeSessions sessions, OfficeClock clock, OverviewSource source) =>
        PageAsync(http, sessions, clock, async viewer =>
        {
            var q = http.Request.Query;
            var query = OverviewQuery.Parse(q["loai"], q["tt"], q["q"], q["sx"]);
            return Html(OverviewPage.Render(await source.BuildAsync(query, http.RequestAborted), viewer));
        });

    private static Task<IResult> DeadlineAsync(long id, HttpContext http, OfficeSessions sessions, OfficeClock clock, DeadlinePageSource source) =>
        PageAsync(http, sessions, clock, async viewer =>
            await source.BuildAsync(id, http.RequestAborted) is { } model ? Html(DeadlinePage.Render(model, viewer)) : NotFound(viewer, clock, "Không có việc này."));

    private static Task<IResult> ExtensionAsync(
        long id, long requestId, HttpContext http, OfficeSessions sessions, OfficeClock clock, ExtensionRequestStore requests, OfficeDecisions decisions, DeadlinePageSource source) =>
        DecideAsync(http, sessions, clock, source, id, "dong-y", "tu-choi",
            async () => await requests.GetAsync(requestId, http.RequestAborted) is { } r && r.DeadlineId == id,
            (viewer, yes) => decisions.ExtensionAsync(viewer, requestId, yes, http.RequestAborted));

    private static Task<IResult> ExcuseAsync(
        long id, long noteId, HttpContext http, OfficeSessions sessions, OfficeClock clock, StatusNoteStore notes, OfficeDecisions decisions, DeadlinePageSource source) =>
        DecideAsync(http, sessions, clock, source, id, "chap-nhan", "khong-chap-nhan",
            async () => await notes.GetAsync(noteId, http.RequestAborted) is { } n && n.DeadlineId == id,
            (viewer, yes) => decisions.ExcuseAsync(viewer, noteId, yes, http.RequestAborted));

    /// <summary>An approve/refuse button: admins only (as in chat), and the request must belong to the deadline shown.</summary>
    private static Task<IResult> DecideAsync(
        HttpContext http, OfficeSessions sessions, OfficeClock clock, DeadlinePageSource source, long deadlineId, string yes, string no,
        Func<Task<bool>> belongs, Func<OfficeViewer, bool, Task<string>> decide) =>
        PostAsync(http, sessions, clock, async (viewer, form) =>
        {
            if (!viewer.IsAdmin)
            {
                return Html(SignInPages.Refused(clock.LocalNow), StatusCodes.Status403Forbidden);
            }

            var choice = form["quyet"].ToString();
            if (choice != yes && choice != no)
            {
                return BadForm(clock);
            }

            if (!await belongs())
            {
                return Results.NotFound();
            }

            var notice = await decide(viewer, choice == yes);
            var model = await source.BuildAsync(deadlineId, http.RequestAborted);
            return model is null ? Results.NotFound() : Html(DeadlinePage.Render(model, viewer, notice));
        });

    private static Task<IResult> UnitAsync(long id, HttpContext http, OfficeSessions sessions, OfficeClock clock, UnitPageSource source) =>
        PageAsync(http, sessions, clock, async viewer =>
            await source.BuildAsync(id, http.RequestAborted) is { } model ? Html(UnitPage.Render(model, viewer)) : NotFound(viewer, clock, "Không có đơn vị này."));

    private static Task<IResult> FileAsync(
        long submissionId, int ordinal, HttpContext http, OfficeSessions sessions, OfficeClock clock, StoredFileReader files, WebSessionStore audit) =>
        PageAsync(http, sessions, clock, async viewer =>
        {
            var ct = http.RequestAborted;
            if (await files.FindAsync(submissionId, ordinal, ct) is not { } found)
            {
                return Results.NotFound();
            }

            await audit.RecordDownloadAsync(viewer.Person, "submission_file", $"{submissionId}/{ordinal}", $"unit {found.UnitId} deadline {found.DeadlineId}", ct);
            var response = http.Response;
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(found.File.OriginalName);
            response.ContentType = "application/octet-stream";
            response.ContentLength = found.File.Size;
            response.Headers.ContentDisposition = disposition.ToString();
            if (!await files.CopyToAsync(found.File.Sha256, response.Body, ct))
            {
                response.ContentLength = null;
                response.Headers.ContentDisposition = default;
                return Results.NotFound();
            }

            return Results.Empty;
        });

    private static Task<IResult> DownloadsAsync(HttpContext http, OfficeSessions sessions, OfficeClock clock, DeadlineStore deadlines) =>
        PageAsync(http, sessions, clock, async viewer =>
            Html(DownloadsPage.Render(await deadlines.ListAsync(includeClosed: true, http.RequestAborted), viewer, clock.LocalNow)));

    /// <summary>The /xuat workbook: every deadline, or the one named by <c>?viec=</c>.</summary>
    private static Task<IResult> WorkbookAsync(HttpContext http, OfficeSessions sessions, OfficeClock clock, DeadlineStore deadlines, ProgressWorkbook workbook, WebSessionStore audit) =>
        PageAsync(http, sessions, clock, async viewer =>
        {
            var ct = http.RequestAborted;
            IReadOnlyList<Deadline> chosen;
            if (http.Request.Query.ContainsKey("viec"))
            {
                if (!long.TryParse(http.Request.Query["viec"], out var id) || await deadlines.GetAsync(id, ct) is not { } one)
                {
                    return Results.NotFound();
                }

                chosen = [one];
            }
            else
            {
                chosen = await deadlines.ListAsync(includeClosed: true, ct);
            }

            var document = await workbook.BuildAsync(chosen, ct);
            await audit.RecordDownloadAsync(viewer.Person, "export", "xlsx", $"{chosen.Count} deadline(s)", ct);
            return Results.File(document.Bytes, document.ContentType, document.FileName);
        });

    /// <summary>The /taifile archive of one deadline, in one part (a browser has no message size limit).</summary>
    private static Task<IResult> ArchiveAsync(long id, HttpContext http, OfficeSessions sessions, OfficeClock clock, DeadlineStore deadlines, SubmissionArchiver archiver, WebSessionStore audit) =>
        PageAsync(http, sessions, clock, async viewer =>
        {
            var ct = http.RequestAborted;
            if (await deadlines.GetAsync(id, ct) is not { } deadline)
            {
                return Results.NotFound();
            }

            var archive = await archiver.BuildAsync(deadline, long.MaxValue, ct);
            if (archive.Parts.Count == 0)
            {
                return Html(Layout.Page(deadline.Title, viewer, clock.LocalNow, html => html.Element("p", "Chưa có đơn vị nào nộp tệp cho việc này.")), StatusCodes.Status404NotFound);
            }

            await audit.RecordDownloadAsync(viewer.Person, "export", "zip", $"deadline {deadline.Id} {archive.FileCount} file(s)", ct);
            var part = archive.Parts[0];
            return Results.File(part.Bytes, part.ContentType, part.FileName);
        });

    private static async Task<IResult> PageAsync(HttpContext http, OfficeSessions sessions, OfficeClock clock, Func<OfficeViewer, Task<IResult>> page)
    {
        var (check, viewer) = await sessions.CheckAsync(http, http.RequestAborted);
        return check switch
        {
            SessionCheck.SignedIn => await page(viewer!),
            SessionCheck.NotAllowed => Html(SignInPages.Refused(clock.LocalNow), StatusCodes.Status403Forbidden),
            _ => Results.Redirect(OfficeRoutes.HowToSignIn),
        };
    }

    /// <summary>A form post: the session first, then its anti-forgery token (400 and nothing done when it is missing or wrong).</summary>
    private static Task<IResult> PostAsync(HttpContext http, OfficeSessions sessions, OfficeClock clock, Func<OfficeViewer, IFormCollection, Task<IResult>> action) =>
        PageAsync(http, sessions, clock, async viewer =>
        {
            if (!http.Request.HasFormContentType)
            {
                return BadForm(clock);
            }

            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            return OfficeSessions.SameToken(form[OfficeRoutes.FormTokenField], viewer.Session.FormToken)
                ? await action(viewer, form)
                : BadForm(clock);
        });

    private static IResult BadForm(OfficeClock clock) => Html(
        Layout.Page("Biểu mẫu không hợp lệ", null, clock.LocalNow, html =>
            html.Element("p", "Biểu mẫu đã cũ hoặc không gửi từ trang theo dõi nên không được thực hiện. Xin tải lại trang rồi thử lại.", "refused")),
        StatusCodes.Status400BadRequest);

    /// <summary>A 404 that says, in Vietnamese, what was not found and the way back.</summary>
    private static IResult NotFound(OfficeViewer viewer, OfficeClock clock, string what) =>
        Html(Layout.Page("Không tìm thấy", viewer, clock.LocalNow, html => html.Element("p", what + " Có thể số trong địa chỉ bị gõ sai; mở lại từ trang Tổng quan.")), StatusCodes.Status404NotFound);

    private static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
}
