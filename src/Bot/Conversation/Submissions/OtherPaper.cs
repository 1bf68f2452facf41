using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// A caption naming another kind of paper than the files waiting for "nộp cho việc nào?" ("tờ trình" after "kế
/// hoạch"): a paper of its own, never a page of theirs. Only a caption with no kind of paper (none, "trang 2") or the
/// same kind joins them; files waiting without one (a camera's name) say nothing to differ from.
/// </summary>
internal static class OtherPaper
{
    public static bool Than(PendingQuestion waiting, string caption) =>
        DeadlineName.KindOf(caption) is { } kind && DeadlineName.KindOf(Said(waiting)) is { } waitingKind && kind != waitingKind;

    /// <summary>What the files waiting say they are: their caption, else what their names say.</summary>
    private static string Said(PendingQuestion waiting) =>
        waiting.Text is { Length: > 0 } text ? text : FileNameCaption.From(waiting.Files.Select(f => f.Name)) ?? string.Empty;
}
