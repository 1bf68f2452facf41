using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// A file captioned as a page ("tk nam trang 3") for a deadline whose last upload closed more than <c>Bot:PageWindow</c>
/// ago: the bot asks whether it is one more page of that submission or a new version, and never replaces the
/// submission silently (a caption saying "bản mới", "gửi lại" is a new version without asking).
/// </summary>
internal static class PageOrVersionQuestion
{
    /// <summary>The answer that adds the files to the previous submission as pages.</summary>
    public const string Pages = "trang";

    /// <summary>The answer that makes the files a new version.</summary>
    public const string NewVersion = "moi";

    public static bool Applies(string caption, Submission latest, DateTimeOffset arrived, TimeSpan pageWindow) =>
        latest.Method == SubmissionMethod.Upload && arrived - latest.LastFileAt > pageWindow &&
        PageWords.In(caption) && !SubmissionRecorder.SaysNewVersion(caption);

    public static void Ask(TurnContext context, Deadline deadline, Submission latest, IReadOnlyList<PendingFile> files)
    {
        
        context.Ask(
            $"Đã nhận {WaitingFilesText.Describe(files)} (chú thích \"{context.Text.Trim()}\") cho việc #{deadline.Id} \"{deadline.Title}\", chưa nộp: bài nộp trước của đơn vị " +
            $"(biên nhận {latest.ReceiptNo}) đã khép lại, nên bot hỏi: thêm vào bài nộp đó như trang tiếp theo, hay nộp làm bản mới thay bài đó?",
            new PendingQuestion(string.Empty, PendingKind.PageOrVersion, [Pages, NewVersion, DeadlinePicker.None])
            {
                Files = files,
                Text = context.Text,
                AboutDeadlineId = deadline.Id,
                Numbers = [1, 2, 0],
            },
            [$"Thêm vào bài nộp trước (biên nhận {latest.ReceiptNo})", "Nộp làm bản mới, thay bài nộp trước", "Không nộp"],
            deadline.Id);
    }
}
