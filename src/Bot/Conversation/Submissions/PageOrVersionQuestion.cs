using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// A file captioned as a page ("tk nam trang 3"), or with a caption naming no deadline (none, "ảnh chụp"), for a deadline
/// whose last upload closed more than <c>Bot:PageWindow</c> ago: the bot asks whether it is one more page of that submission or a new version, and never replaces the
/// submission silently (a caption saying "bản mới", "gửi lại" is a new version without asking). Its choices are
/// 1) Thêm, 2) Không nộp, 3) Bản mới: "2" is "Không" here as everywhere in the bot.
/// </summary>
internal static class PageOrVersionQuestion
{
    /// <summary>The answer that adds the files to the previous submission as pages.</summary>
    public const string Pages = "trang";

    /// <summary>The answer that makes the files a new version.</summary>
    public const string NewVersion = "moi";

    /// <summary>The do-nothing choice, second as "Không" is in every question (0 and "không" pick it too).</summary>
    private const string NotSubmitted = "Không nộp";

    public static bool Applies(string caption, Submission latest, DateTimeOffset arrived, TimeSpan pageWindow) =>
        AfterHandIn(caption, latest, arrived, pageWindow) && PageWords.In(caption);

    /// <summary>An upload handed in before the page window, and a caption that says neither "bản mới" nor "bổ sung".</summary>
    public static bool AfterHandIn(string caption, Submission latest, DateTimeOffset arrived, TimeSpan pageWindow) =>
        latest.Method == SubmissionMethod.Upload && arrived - latest.LastFileAt > pageWindow &&
        !SubmissionRecorder.SaysNewVersion(caption) && !SupplementWords.In(caption);

    /// <summary>
    /// A file captioned as a first page ("trang 1", "tr1", "trang 1/3") for a deadline the unit already handed in: a
    /// first page begins a paper, so it is never quietly made a further page of the one on file, however soon after.
    /// </summary>
    public static bool FirstPageAgain(string caption, Submission latest) =>
        latest is { Method: SubmissionMethod.Upload, Files.Count: > 0 } && PageWords.First(caption) && !SubmissionRecorder.SaysNewVersion(caption) && !SupplementWords.In(caption);

    /// <summary>"chú thích ghi trang 1, mà bài nộp trước (biên nhận …) đã có 2 tệp/trang": why a first page is asked about.</summary>
    public static string FirstPageReason(Submission latest) =>
        $"chú thích ghi trang 1, mà bài nộp trước của đơn vị (biên nhận {latest.ReceiptNo}) đã có {latest.Files.Count} tệp/trang";

    /// <summary>
    /// Files joining, within the window, a submission of another kind (a photo after a Word file, a PDF after a Word
    /// file; a PDF after a PDF and a Word file is of its kind): the page window would make them one submission, but they may as well be a new version, so the sender is asked.
    /// </summary>
    public static bool OtherKind(Submission latest, IReadOnlyList<PendingFile> files) =>
        latest.Method == SubmissionMethod.Upload && latest.Files.Count > 0 && files.Count > 0 &&
        !FileKinds.Among(files.Select(f => (f.Name, f.ContentType)), latest.Files);

    /// <summary>"Chị Hoa đã nộp tệp Word "ke-hoach.docx" lúc 09:05 29/11/2026 (biên nhận …), còn đây là ảnh": why a submission is not simply joined.</summary>
    public static string OtherKindReason(Submission latest, string startedBy, IReadOnlyList<PendingFile> files, string at) =>
        $"{startedBy} đã nộp {FileKinds.Of(latest.Files)} \"{latest.Files[0].OriginalName}\"{(latest.Files.Count > 1 ? $" và {latest.Files.Count - 1} tệp khác" : string.Empty)} " +
        $"lúc {at} (biên nhận {latest.ReceiptNo}), còn đây là {FileKinds.Of(files)}";

    /// <param name="why">Why the files are not simply filed; by default, the previous submission closed before the page window.</param>
    /// <param name="captioned">The files' caption when it is not this turn's text (the files waited for "nộp cho việc nào?").</param>
    public static void Ask(TurnContext context, Deadline deadline, Submission latest, IReadOnlyList<PendingFile> files, string? why = null, string? captioned = null)
    {
        var text = captioned ?? context.Text;
        var caption = text.Trim().Length > 0 ? $" (chú thích \"{text.Trim()}\")" : string.Empty;
        context.Ask(
            $"Đã nhận {WaitingFilesText.Describe(files)}{caption} cho việc #{deadline.Id} \"{deadline.Title}\", chưa nộp: " +
            $"{why ?? $"bài nộp trước của đơn vị (biên nhận {latest.ReceiptNo}) đã khép lại"}, nên bot hỏi: thêm vào bài nộp đó như trang tiếp theo, hay nộp làm bản mới thay bài đó?",
            // "2" is "Không nộp" as in every question: the habitual "2" never replaces a hand-in of several pages by one.
            new PendingQuestion(string.Empty, PendingKind.PageOrVersion, [Pages, DeadlinePicker.None, NewVersion])
            {
                Files = files,
                Text = text,
                AboutDeadlineId = deadline.Id,
                Numbers = [1, 2, 3],
                // What the question is about, kept: asked again after another message, it is this question in these words.
                Reference = latest.ReceiptNo,
                Asked = Words(files, deadline.Id, deadline.Title, latest.ReceiptNo),
            },
            [$"Thêm vào bài nộp trước (biên nhận {latest.ReceiptNo})", NotSubmitted, "Nộp làm bản mới, thay bài nộp trước"],
            deadline.Id);
    }

    /// <summary>The question in one line, as it is asked again: "ảnh "p1.jpg" cho việc #2 "…": thêm vào … hay nộp làm bản mới …?".</summary>
    public static string Words(IReadOnlyList<PendingFile> files, long deadlineId, string title, string receiptNo) =>
        $"{WaitingFilesText.Describe(files)} cho việc #{deadlineId} \"{title}\": thêm vào bài nộp trước (biên nhận {receiptNo}) như trang tiếp theo, hay nộp làm bản mới thay bài đó?";

    /// <summary>
    /// Files chosen for a deadline the office recorded as received outside the bot (paper, e-mail): they would replace
    /// that record, so the sender is asked first; there is no upload to add pages to.
    /// </summary>
    public static void AskReplaceRecord(TurnContext context, Deadline deadline, Submission latest, IReadOnlyList<PendingFile> files, string captionText)
    {
        var caption = captionText.Trim().Length > 0 ? $" (chú thích \"{captionText.Trim()}\")" : string.Empty;
        context.Ask(
            $"Đã nhận {WaitingFilesText.Describe(files)}{caption} cho việc #{deadline.Id} \"{deadline.Title}\", chưa nộp: {context.Names.Office} đã ghi nhận bài nộp của đơn vị " +
            $"cho việc này (biên nhận {latest.ReceiptNo}). Nộp làm bản mới thay bài đó?",
            new PendingQuestion(string.Empty, PendingKind.PageOrVersion, [NewVersion, DeadlinePicker.None])
            {
                Files = files,
                Text = captionText,
                AboutDeadlineId = deadline.Id,
                Numbers = [1, 2],
                Reference = latest.ReceiptNo,
                Asked = $"{WaitingFilesText.Describe(files)} cho việc #{deadline.Id} \"{deadline.Title}\": nộp làm bản mới thay bài {context.Names.Office} đã ghi nhận (biên nhận {latest.ReceiptNo})?",
            },
            [$"Nộp làm bản mới, thay bài đã ghi nhận (biên nhận {latest.ReceiptNo})", NotSubmitted],
            deadline.Id);
    }
}
