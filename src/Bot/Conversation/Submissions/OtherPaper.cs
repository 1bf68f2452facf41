using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// A caption naming another paper than the files waiting for "nộp cho việc nào?": another kind ("tờ trình" after "kế
/// hoạch"), or the same kind of another paper or period ("bao cao quy IV" after "bao cao tong ket nam 2026", "bc so ket
/// 6 thang"): a paper of its own, never a page of theirs. Only a caption with no kind of paper (none, "trang 2") or one
/// that reads as the same paper joins them; files waiting without one (a camera's name) say nothing to differ from.
/// </summary>
internal static class OtherPaper
{
    public static bool Than(PendingQuestion waiting, string caption)
    {
        var said = Said(waiting);
        if (DeadlineName.KindOf(caption) is not { } kind || DeadlineName.KindOf(said) is not { } waitingKind)
        {
            return false;
        }

        // Page words say which page, not which paper: "bc so ket trang 1" and "bc so ket trang 2" are one paper.
        var (one, other) = (PageWords.Without(caption), PageWords.Without(said));
        return kind != waitingKind || OtherPaperName.Against(one, other) || OtherPaperName.Against(other, one);
    }

    /// <summary>Whether the files of <paramref name="later"/> are another paper than those of <paramref name="waiting"/>, by what each says.</summary>
    public static bool Between(PendingQuestion waiting, PendingQuestion later) => Than(waiting, Said(later));

    /// <summary>What the files waiting say they are: their caption, else what their names say.</summary>
    private static string Said(PendingQuestion waiting) =>
        waiting.Text is { Length: > 0 } text ? text : FileNameCaption.From(waiting.Files.Select(f => f.Name)) ?? string.Empty;
}
