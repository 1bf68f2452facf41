using System.Text;
using System.Text.Encodings.Web;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Bot.Web.Upload;

/// <summary>What the page shows: the deadline, what was submitted, the form.</summary>
internal sealed record UploadPageModel(
    string UnitName,
    long DeadlineId,
    string DeadlineTitle,
    DateOnly DueDate,
    DateOnly Today,
    IReadOnlyList<Submission> Submitted,
    string ExpiresAt,
    string AntiforgeryField,
    string AntiforgeryToken,
    IReadOnlyList<string> AllowedTypes,
    long MaxFileBytes,
    int MaxFiles,
    Submission? PagesOf)
{
    /// <summary>The files just refused were of another kind than <see cref="PagesOf"/>: the choice must be made.</summary>
    public bool ChoiceRequired { get; init; }

    /// <summary>The unit's last upload, handed in before the page window: files for it are asked about, "thêm" or "bản mới" (null inside the window).</summary>
    public Submission? HandedIn { get; init; }

    /// <summary>The unit's "không có nội dung phát sinh" was accepted: it owes nothing, though it may still hand in.</summary>
    public bool Excused { get; init; }

    /// <summary>" (ngày nghỉ)" when the due date is a weekend or a holiday, as the chat says it; empty for a working day.</summary>
    public string DayOff { get; init; } = string.Empty;

    /// <summary>The files just refused were named for another paper: the member must confirm this deadline or go to the other's page.</summary>
    public OtherPaperAsked? OtherPaper { get; init; }

    /// <summary>The member has already said the files are for this deadline (kept while the page asks another question).</summary>
    public bool NameConfirmed { get; init; }
}

/// <summary>What the page shows after a file's name named another paper: the open deadline it fits and that deadline's own link, when there is one.</summary>
internal sealed record OtherPaperAsked(QcdcBot.Storage.Deadlines.Deadline? Fits, string? Link);

/// <summary>
/// The upload page's HTML: server-rendered, Vietnamese, mobile-first, no script and nothing from another site.
/// Every value from the store or the user is HTML-encoded.
/// </summary>
internal static class UploadPageHtml
{
    private const string Style = """
        body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f4f5f7}
        main{max-width:40rem;margin:0 auto;padding:1rem;overflow-wrap:anywhere}
        pre{white-space:pre-wrap;overflow-wrap:anywhere;font:inherit;margin:0}
        .choice label{font-weight:400}
        h1{font-size:1.4rem;margin:.5rem 0}h2{font-size:1.1rem;margin:1rem 0 .25rem}
        .card{background:#fff;border-radius:.5rem;padding:1rem;margin:.75rem 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
        .muted{color:#555;font-size:.9rem}.error{background:#fdecea;color:#8a1c12;padding:.75rem;border-radius:.5rem}
        .ok{background:#e7f5ea;color:#14532d;padding:.75rem;border-radius:.5rem}
        ul{padding-left:1.2rem}label{display:block;font-weight:600;margin:.5rem 0}
        input[type=file]{display:block;width:100%;padding:.5rem 0;font-size:1rem}
        button{display:block;width:100%;margin-top:1rem;padding:.8rem;font-size:1.1rem;border:0;border-radius:.5rem;background:#b91c1c;color:#fff}
        pre{white-space:pre-wrap;font:inherit;margin:0}a{color:#1d4ed8}
        """;

    public static string Page(UploadPageModel m, IReadOnlyList<string> problems)
    {
        var body = new StringBuilder();
        body.Append("<h1>Nộp tệp báo cáo</h1>");
        body.Append($"<div class=\"card\"><p class=\"muted\">Đơn vị</p><p><strong>{E(m.UnitName)}</strong></p>");
        body.Append($"<p class=\"muted\">Việc (mã #{m.DeadlineId})</p><p><strong>{E(m.DeadlineTitle)}</strong></p>");
        body.Append($"<p>Hạn: {E(VietnameseWording.DateWithWeekday(m.DueDate) + m.DayOff)} — {E(VietnameseWording.TimeLeft(m.DueDate, m.Today))}</p></div>");
        if (problems.Count > 0)
        {
            body.Append("<div class=\"error\" role=\"alert\"><p><strong>Chưa nhận bài nộp này:</strong></p><ul>");
            foreach (var p in problems)
            {
                body.Append($"<li>{E(p)}</li>");
            }

            body.Append("</ul><p>Không có tệp nào được lưu. Xin chọn lại tệp.</p></div>");
        }

        if (m.Excused && m.Submitted.Count == 0)
        {
            // Excused, yet the page still takes files: what an upload then does is said before the form.
            body.Append("<div class=\"ok\"><p><strong>Đơn vị được miễn việc này (không có nội dung phát sinh, văn phòng đã chấp nhận).</strong> Không cần nộp gì.</p>" +
                        "<p>Nếu vẫn muốn nộp, có thể chọn tệp dưới đây: bài nộp được ghi như mọi lần nộp (có biên nhận) và việc này được tính là đã nộp thay cho được miễn.</p></div>");
        }

        body.Append("<div class=\"card\"><h2>Đã nộp</h2>");
        if (m.Submitted.Count == 0)
        {
            body.Append("<p>Chưa nộp lần nào.</p>");
        }
        else
        {
            body.Append("<ul>");
            foreach (var s in m.Submitted)
            {
                var files = string.Join(", ", s.Files.Select(f => f.OriginalName));
                var late = s.OnTime ? "đúng hạn" : $"trễ {s.DaysLate} ngày";
                // A paper record is the office's, not an upload: the way it came is said, as in /viec.
                var way = s.Method == SubmissionMethod.Paper ? $" ({PaperRecord.Way(s)})" : string.Empty;
                body.Append($"<li>Lần {s.Version}: biên nhận số {E(s.ReceiptNo)}{way}, {E(VietnameseWording.Date(s.ReceivedLocalDate))}, {late}{(files.Length > 0 ? " — " + E(files) : string.Empty)}</li>");
            }

            body.Append(m.PagesOf is not null
                ? "</ul><p class=\"muted\">Tệp nộp tiếp trong ít phút được thêm vào bài nộp vừa rồi, trừ khi chọn nộp bản mới; lần đầu quyết định đúng hạn hay trễ.</p>"
                : m.HandedIn is not null
                    ? "</ul><p class=\"muted\">Nộp tiếp: chọn thêm vào bài nộp đã có hay nộp bản mới (bản sửa); lần đầu quyết định đúng hạn hay trễ.</p>"
                    : "</ul><p class=\"muted\">Nộp lại sẽ thành lần nộp mới (bản sửa); lần đầu quyết định đúng hạn hay trễ.</p>");
        }

        body.Append("</div>");
        var types = string.Join(",", m.AllowedTypes);
        body.Append("<form class=\"card\" method=\"post\" enctype=\"multipart/form-data\">");
        body.Append($"<input type=\"hidden\" name=\"{E(m.AntiforgeryField)}\" value=\"{E(m.AntiforgeryToken)}\">");
        body.Append($"<label for=\"files\">Chọn tệp ({E(string.Join(" ", m.AllowedTypes))}; tối đa {E(VietnameseWording.FileSize(m.MaxFileBytes))} mỗi tệp, {m.MaxFiles} tệp mỗi lần)</label>");
        body.Append($"<input id=\"files\" type=\"file\" name=\"files\" multiple required accept=\"{E(types)}\">");
        if (m.OtherPaper is { } other)
        {
            body.Append($"<label><input type=\"checkbox\" name=\"{UploadPage.SameDeadlineField}\" value=\"1\" required> Đúng, các tệp này nộp cho việc #{m.DeadlineId} \"{E(m.DeadlineTitle)}\"</label>");
            if (other is { Fits: { } fits, Link: { } link })
            {
                body.Append($"<p><a href=\"{E(link)}\">Nộp cho việc #{fits.Id} \"{E(fits.Title)}\"</a> (trang nộp của việc đó)</p>");
            }
        }
        else if (m.NameConfirmed)
        {
            body.Append($"<input type=\"hidden\" name=\"{UploadPage.SameDeadlineField}\" value=\"1\">");
        }
        if ((m.PagesOf ?? m.HandedIn) is { } pages)
        {
            // Like chat: more files soon after are pages of the same submission, unless they are of another kind (a
            // PDF after a Word file), which is asked about. The page cannot see the chosen file's kind before it is
            // sent, so nothing is pre-selected: no choice joins a file of the same kind and asks about another kind.
            var kind = FileKinds.Of(pages.Files);
            var required = m.ChoiceRequired ? " required" : string.Empty;
            body.Append("<fieldset class=\"choice\"><legend>Tệp chọn lần này</legend>");
            body.Append($"<label><input type=\"radio\" name=\"{UploadPage.ChoiceField}\" value=\"{UploadPage.AddPagesChoice}\"{required}> Thêm vào bài nộp biên nhận số {E(pages.ReceiptNo)} (đang có {pages.Files.Count} tệp) — bài nộp hiện có là {E(kind)}</label>");
            body.Append($"<label><input type=\"radio\" name=\"{UploadPage.ChoiceField}\" value=\"{UploadPage.NewVersionChoice}\"{required}> Nộp bản mới thay bản trước</label>");
            body.Append(m.ChoiceRequired
                ? "</fieldset>"
                : m.PagesOf is null
                    ? "<p class=\"muted\">Không chọn: trang hỏi lại trước khi lưu; tệp đã có trong bài nộp thì không lưu lại.</p></fieldset>"
                    : $"<p class=\"muted\">Không chọn: {E(kind)} được thêm vào bài nộp này; tệp khác loại thì trang hỏi lại trước khi lưu.</p></fieldset>");
        }

        body.Append("<button type=\"submit\">Nộp</button></form>");
        body.Append($"<p class=\"muted\">Đường dẫn này dành riêng cho bạn, dùng được nhiều lần đến {E(m.ExpiresAt)}. Xin đừng chuyển cho người khác.</p>");
        return Document("Nộp tệp — " + m.UnitName, body.ToString());
    }

    /// <summary>Under an error whose link still works: back to the form (the same address, fetched again).</summary>
    public const string BackToForm = "Không có tệp nào được lưu. Đường dẫn vẫn dùng được: <a href=\"\">quay lại trang nộp tệp</a>.";

    public const string NewLink = "Không có tệp nào được lưu. Để nhận đường dẫn mới, nhắn <strong>/nopfile</strong> cho bot trên Zalo hoặc Telegram.";

    /// <summary>Under "Việc đã đóng": a new link would be for the same closed deadline, so only the office can help.</summary>
    public static string AskTheOffice(string office) =>
        $"Không có tệp nào được lưu. Nếu đơn vị vẫn cần nộp cho việc này, xin liên hệ trực tiếp {E(office)}.";

    /// <param name="chatNote">Whether the receipt went to the member's chat too: the page promises only what happened.</param>
    public static string Receipt(string receipt, string chatNote) =>
        Document("Đã nhận tệp",
            $"<h1>Đã nhận</h1><div class=\"ok card\" role=\"status\"><pre>{E(receipt)}</pre></div>" +
            $"<p>{E(chatNote)}</p><p><a href=\"\">Nộp thêm tệp</a></p>");

    /// <param name="next">What to do now, as HTML: <see cref="BackToForm"/>, <see cref="NewLink"/> or <see cref="AskTheOffice"/>.</param>
    public static string Error(string title, string message, string next) =>
        Document(title,
            $"<h1>{E(title)}</h1><div class=\"error\" role=\"alert\"><p>{E(message)}</p></div><p>{next}</p>");

    /// <summary>A page that refuses a link: what is wrong, then what to do next as plain text (the download page uses it too).</summary>
    public static string Refusal(string title, string message, string next) => Error(title, message, E(next));

    private static string Document(string title, string body) =>
        "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
        "<meta name=\"robots\" content=\"noindex\">" +
        $"<title>{E(title)}</title><style>{Style}</style></head><body><main>{body}</main></body></html>";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static string E(string text) => Encoder.Encode(text);
}
