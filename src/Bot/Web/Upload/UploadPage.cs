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
    Storage.Statuses.StatusNoteStore notes,
    OutboxWriter outbox,
    OfficeClock clock,
    Conversation.Deadlines.DayOffOffer dayOff,
    DeadlinePicker picker,
    TimeProvider time,
    IOptionsMonitor<BotOptions> botOptions,
    ILogger<UploadPage> logger) : IWebEndpoints
{
    /// <summary>Files per form; with <c>Bot:MaxFileBytes</c> each, this bounds the request body.</summary>
    public const int MaxFiles = 5;

    public const string Channel = "web";

    /// <summary>The form's choice between adding pages to the submission just made and a new version.</summary>
    public const string ChoiceField = "cach";

    public const string NewVersionChoice = "ban-moi";

    public const string AddPagesChoice = "them";

    /// <summary>The form's "yes, these files are for this deadline" after the page asked about a file's name.</summary>
    public const string SameDeadlineField = "dung-viec";

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
        var requestLimit = (settings.MaxFileBytes * MaxFiles) + (64 * 1024);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            // Kestrel lets a body run to twice the form's limit, so one just over is read to its end and answered with
            // our page. Stopping mid-body resets the connection: the browser shows its own error, not the sizes.
            limit.MaxRequestBodySize = requestLimit * 2;
        }

        // Browsers declare a form's length; past the limit only the total is known, and it is all the page needs.
        if (http.Request.ContentLength > requestLimit)
        {
            await DrainAsync(http.Request.Body, ct);
            return TooLarge(http.Request.ContentLength, settings.MaxFileBytes);
        }

        IFormCollection form;
        try
        {
            // Files over 64 KB are buffered to temporary files on disk by the form reader, never held twice in memory.
            // Each file may be as large as the whole request, so one over Bot:MaxFileBytes is named with its size below.
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = requestLimit, ValueCountLimit = 16 }, ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            // A body sent without its length that ran past Kestrel's limit, or one file past the form's.
            await DrainAsync(http.Request.Body, ct);
            return TooLarge(http.Request.ContentLength, settings.MaxFileBytes);
        }

        if (!await formGuard.IsValidAsync(http, token, form[UploadFormGuard.FieldName], ct))
        {
            return Html(UploadPageHtml.Error("Phiên nộp đã hết hạn", "Trang này không phải trang do bot gửi hoặc trình duyệt đã xóa cookie. Xin mở lại đường dẫn rồi chọn tệp lần nữa.", UploadPageHtml.BackToForm), 400);
        }

        var problems = new List<string>();
        var accepted = new List<(IFormFile File, string Name)>();
        var tooLarge = false;
        foreach (var file in form.Files)
        {
            var name = FileNames.Safe(file.FileName);
            if ((UploadFlow.Check(name, file.Length, settings, declared: false) ?? FileContent.Check(name, await ReadAsync(file, ct))) is { } why)
            {
                problems.Add(why);
                tooLarge |= file.Length > settings.MaxFileBytes;
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
            return await PageAsync(http, token, check, problems, tooLarge ? 413 : 400);
        }

        var unit = check.Unit!;
        var deadline = check.Deadline!;
        var nameConfirmed = form[SameDeadlineField].Count > 0;
        if (!nameConfirmed && OtherPaperName.InFileNames(deadline, await picker.OpenForAsync(unit, ct), accepted.Select(a => a.Name)) is { } other)
        {
            // As chat asks about a file whose name names another paper than the deadline it would take, the page asks
            // before filing it under the link's deadline: nothing is stored until the member says which.
            var otherLink = other.Fits is { } fits ? await links.ForAsync(check.Member!, fits.Id, ct) : null;
            return await PageAsync(http, token, check, [OtherPaperQuestion(other, deadline)], otherPaper: new OtherPaperAsked(other.Fits, otherLink));
        }

        var chosenKinds = accepted.Select(a => (a.Name, ContentTypes.For(a.Name, a.File.ContentType))).ToList();
        var latest = await submissions.LatestAsync(unit.Id, deadline.Id, ct);
        if (form[ChoiceField].Count == 0 && PagesOf(latest, receivedAt) is { } joining &&
            !FileKinds.Among(chosenKinds, joining.Files) && FileKinds.Of(joining.Files) is var had && FileKinds.Of(chosenKinds) is var chosen)
        {
            // As chat asks about a file of another kind (a PDF after a Word file), the page asks before storing it.
            return await PageAsync(http, token, check,
                [$"Tệp chọn lần này là {chosen}, còn bài nộp hiện có (biên nhận số {joining.ReceiptNo}) là {had}: thêm vào bài nộp đó như trang tiếp theo, hay nộp bản mới thay bài đó? Xin chọn bên dưới."],
                choiceRequired: true, nameConfirmed: nameConfirmed);
        }

        if (form[ChoiceField].Count == 0 && HandedIn(latest, receivedAt) is { } handedIn && await NewToAsync(handedIn, accepted, ct) is { Count: > 0 } fresh)
        {
            // As chat asks after a hand-in outside Bot:PageWindow: a forgotten annex must not demote the signed file unasked.
            return await PageAsync(http, token, check, [HandedInQuestion(handedIn, fresh, accepted.Count)], choiceRequired: true, nameConfirmed: nameConfirmed);
        }

        // Stored only once every file has passed, so a refused form leaves nothing behind.
        var files = new List<IncomingFile>();
        foreach (var (file, name) in accepted)
        {
            var bytes = await ReadAsync(file, ct);
            // Stored and served as what the bytes are: a PNG picked under a .jpg name stays a PNG.
            var real = FileContent.RealImageName(name, bytes);
            files.Add(new IncomingFile(real, ContentTypes.For(real, real == name ? file.ContentType : null), await submissions.PutFileAsync(bytes, ct), bytes.LongLength));
        }

        var member = check.Member!;
        var newVersion = string.Equals(form[ChoiceField], NewVersionChoice, StringComparison.Ordinal);
        var before = await submissions.LatestAsync(unit.Id, deadline.Id, ct);
        // "Thêm" joins the hand-in whenever it was, as a chat answer "thêm" does.
        var asPages = string.Equals(form[ChoiceField], AddPagesChoice, StringComparison.Ordinal);
        var recorded = await recorder.RecordFilesAsync(unit, deadline, files, newVersion, member.Key, Channel, ct, receivedAt, asPages);
        var stored = recorded.Submission;
        // Keyed on the submission and how many files it holds: every receipt number (and every added page) reaches
        // the chats once, even when the form is posted twice. Files the unit had already handed in change nothing
        // for it: the page says they were skipped and no chat hears of them (not the sender, who reads it here, nor
        // the others, who had the receipt when they were first sent), so no member is ever told "đã thêm" for them.
        var toChat = recorded.Outcome != SubmitOutcome.Duplicate;
        var key = $"web:{stored.Id}:{stored.Files.Count}";
        var copy = recorded.Text + "\n" + ReceiptText.HandedInBy(member.DisplayName, Channel);
        var uploaderInChat = false;
        foreach (var to in toChat ? await recorder.OtherMembersAsync(unit, null, CancellationToken.None) : [])
        {
            var own = to.Channel == member.Channel && to.UserId == member.UserId;
            uploaderInChat |= own;
            // Added pages: everyone had the receipt when the submission was made; each gets one line (the others with who sent it).
            var text = recorded.PagesLineFor(to) is { } line
                ? own ? line : line + "\n" + ReceiptText.HandedInBy(member.DisplayName, Channel)
                : own ? recorded.Text : copy;
            await outbox.EnqueueAsync(to, new OutboundMessage(text) { AboutDeadlineId = deadline.Id }, $"{key}:{to.Channel}:{to.ChatId}", CancellationToken.None);
        }

        logger.LogInformation("Upload page: {Count} file(s) from member {MemberId} for deadline {DeadlineId}: {Outcome}", files.Count, member.Id, deadline.Id, recorded.Outcome);
        var chatNote = !toChat ? "Không có gì mới nên bot không nhắn thêm vào tin nhắn; biên nhận đã được gửi khi tệp được nộp lần trước."
            : uploaderInChat ? "Biên nhận này cũng được gửi vào tin nhắn của bạn với bot."
            : "Bot không gửi được tin nhắn cho bạn lúc này: xin ghi lại số biên nhận.";
        return Html(UploadPageHtml.Receipt(recorded.Text + AlreadyHad(before, recorded, files, newVersion), chatNote));
    }

    /// <summary>
    /// Files added as pages skip those the submission already held: the page names each one skipped, as chat does for a
    /// file sent twice, so a secretary does not look for it among the files taken.
    /// </summary>
    /// <remarks>
    /// Files all already handed in (the same file again, with "Nộp bản mới" too) are skipped: each is named, and a
    /// "bản mới" of only those is said to change nothing, since the hand-in it would replace already holds them.
    /// </remarks>
    private static string AlreadyHad(Submission? before, RecordedReceipt recorded, IReadOnlyList<IncomingFile> files, bool newVersion)
    {
        if (recorded.Outcome is not (SubmitOutcome.PagesAdded or SubmitOutcome.Duplicate) || before is null || before.Id != recorded.Submission.Id)
        {
            return string.Empty;
        }

        var lines = files.Where(f => before.Files.Any(h => h.Sha256 == f.Sha256))
            .Select(f => $"\nTệp {f.Name} đã được nhận trước đó (biên nhận số {before.ReceiptNo}, lần nộp {before.Version}); bot không lưu lại lần nữa.");
        return string.Concat(lines) + (recorded.Outcome == SubmitOutcome.Duplicate && newVersion
            ? $"\nKhông có bản mới: các tệp chọn lần này đều đã có trong bài nộp hiện tại (biên nhận số {before.ReceiptNo}), nên bài nộp đó giữ nguyên."
            : string.Empty);
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        var bytes = new byte[file.Length];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(bytes, ct);
        return bytes;
    }

    private static string OtherPaperQuestion(OtherPaperNameFound other, Storage.Deadlines.Deadline deadline) =>
        (other.Fits is { } fits
            ? $"Tên tệp \"{other.FileName}\" giống việc #{fits.Id} \"{fits.Title}\", không phải việc của trang này (#{deadline.Id} \"{deadline.Title}\")."
            : $"Tên tệp \"{other.FileName}\" không giống tên việc của trang này (#{deadline.Id} \"{deadline.Title}\"): có thể là giấy tờ khác.") +
        " Nếu đúng là tệp của việc này, xin đánh dấu ô xác nhận bên dưới rồi chọn lại tệp" +
        (other.Fits is { } named ? $"; nếu là tệp của việc #{named.Id}, xin nộp ở trang của việc đó (đường dẫn bên dưới)." : ".");

    private async Task<IResult> PageAsync(HttpContext http, string token, UploadLinkCheck check, IReadOnlyList<string> problems, int status = 200, bool choiceRequired = false,
        OtherPaperAsked? otherPaper = null, bool nameConfirmed = false)
    {
        var ct = http.RequestAborted;
        var unit = check.Unit!;
        var deadline = check.Deadline!;
        var overrides = await deadlines.OverridesAsync(deadline.Id, ct);
        var submitted = (await submissions.AllForDeadlineAsync(deadline.Id, ct)).Where(s => s.UnitId == unit.Id).ToList();
        var formToken = await formGuard.IssueAsync(http, token, ct);
        var settings = botOptions.CurrentValue;
        // As in chat: files sent soon after the unit's last ones (by any of its members) are more pages of it, unless they ask for a new version.
        var pagesOf = PagesOf(submitted.LastOrDefault(), time.GetUtcNow());
        var handedIn = HandedIn(submitted.LastOrDefault(), time.GetUtcNow());
        var due = overrides.GetValueOrDefault(unit.Id, deadline.DueDate);
        var model = new UploadPageModel(
            unit.Name, deadline.Id, deadline.Title, due, clock.Today, submitted,
            VietnameseWording.Time(clock.ToLocal(check.Link!.ExpiresAt)), UploadFormGuard.FieldName, formToken,
            settings.AllowedFileTypes, settings.MaxFileBytes, MaxFiles, pagesOf)
        {
            ChoiceRequired = choiceRequired && (pagesOf ?? handedIn) is not null,
            HandedIn = handedIn,
            Excused = await notes.LatestForDeadlinesAsync([deadline.Id], unit.Id, ct) is [{ IsAcceptedExcuse: true }, ..],
            DayOff = dayOff.AfterDateWithWeekday(due),
            OtherPaper = otherPaper,
            NameConfirmed = nameConfirmed,
        };
        return Html(UploadPageHtml.Page(model, problems), status);
    }

    /// <summary>The unit's last upload when files sent <paramref name="at"/> come after its page window: chat asks "thêm hay bản mới?" then.</summary>
    private Submission? HandedIn(Submission? latest, DateTimeOffset at) =>
        latest is not null && PageOrVersionQuestion.AfterHandIn(string.Empty, latest, at, botOptions.CurrentValue.PageWindow) ? latest : null;

    /// <summary>The names of the chosen files <paramref name="handedIn"/> does not hold yet (those it holds are skipped, never asked about).</summary>
    private static async Task<IReadOnlyList<string>> NewToAsync(Submission handedIn, IReadOnlyList<(IFormFile File, string Name)> accepted, CancellationToken ct)
    {
        var fresh = new List<string>();
        foreach (var (file, name) in accepted)
        {
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await ReadAsync(file, ct)));
            if (handedIn.Files.All(h => h.Sha256 != sha))
            {
                fresh.Add(name);
            }
        }

        return fresh;
    }

    private string HandedInQuestion(Submission handedIn, IReadOnlyList<string> fresh, int chosen) =>
        $"Bài nộp biên nhận số {handedIn.ReceiptNo} (lần nộp {handedIn.Version}, {handedIn.Files.Count} tệp) đã nộp lúc {VietnameseWording.Time(clock.ToLocal(handedIn.LastFileAt))}: " +
        $"{(fresh.Count == chosen ? "các tệp chọn lần này" : "tệp mới " + string.Join(", ", fresh))} thêm vào bài nộp đó như trang tiếp theo, hay nộp bản mới thay bài đó? Xin chọn bên dưới." +
        (fresh.Count < chosen ? " Tệp đã có trong bài nộp đó thì không lưu lại lần nữa." : string.Empty);

    /// <summary>The unit's last submission when files sent <paramref name="at"/> would join it as pages (the page window), as in chat.</summary>
    private Submission? PagesOf(Submission? latest, DateTimeOffset at) =>
        latest is { Method: SubmissionMethod.Upload } && at - latest.LastFileAt <= botOptions.CurrentValue.PageWindow ? latest : null;

    private static IResult TooLarge(long? length, long maxFileBytes)
    {
        var total = length is { } bytes ? $"Các tệp chọn lần này tổng cộng {VietnameseWording.FileSize(bytes)}. " : string.Empty;
        return Html(UploadPageHtml.Error("Tệp quá lớn",
            $"{total}Mỗi tệp tối đa {VietnameseWording.FileSize(maxFileBytes)}, mỗi lần tối đa {MaxFiles} tệp. Xin nén hoặc chia nhỏ tệp rồi nộp lại.", UploadPageHtml.BackToForm), 413);
    }

    /// <summary>Reads what is left of a refused body, up to Kestrel's limit, so the page can be answered on an open connection.</summary>
    private static async Task DrainAsync(Stream body, CancellationToken ct)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (await body.ReadAsync(buffer, ct) > 0)
            {
            }
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException)
        {
            // Past twice the limit the connection is closed after the page: nothing more to do for so large a body.
        }
    }

    private IResult ErrorPage(UploadLinkProblem problem) => problem switch
    {
        UploadLinkProblem.Expired => Html(UploadPageHtml.Error("Đường dẫn đã hết hạn", "Đường dẫn nộp tệp này đã hết thời hạn sử dụng.", UploadPageHtml.NewLink), 410),
        UploadLinkProblem.Closed => Html(UploadPageHtml.Error("Việc đã đóng", "Việc này đã đóng hoặc đã hủy nên không nhận tệp nữa.",
            UploadPageHtml.AskTheOffice(botOptions.CurrentValue.Names.Office)), 410),
        UploadLinkProblem.NotForThisUnit => Html(UploadPageHtml.Error("Đường dẫn không dùng được", "Đường dẫn này không còn dành cho đơn vị của bạn.", UploadPageHtml.NewLink), 403),
        _ => Html(UploadPageHtml.Error("Đường dẫn không hợp lệ", "Đường dẫn nộp tệp này không đúng (có thể bị chép thiếu hoặc bị sửa).", UploadPageHtml.NewLink), 404),
    };

    private static IResult Html(string html, int status = 200) => Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
