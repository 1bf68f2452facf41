using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Conversation;

/// <summary>
/// One rule for every question the bot asks in a turn (a choice, a confirmation, "năm nay hay năm sau?", "đến ngày
/// nào?"): "thôi", "không", "hủy" close it with nothing done, and a question left for another message is named as
/// dropped, nothing done, never lost without a word. (A reminder's buttons are no question: they carry no wording.)
/// </summary>
internal static class OpenQuestions
{
    /// <summary>How much of a question is quoted back when it is dropped.</summary>
    private const int QuotedLength = 160;

    /// <summary>The words a question is remembered by: its first line, shortened.</summary>
    public static string Summary(string question) => TextCut.Excerpt(question.Split('\n', 2)[0].Trim(), QuotedLength);

    /// <summary>True when <paramref name="text"/> is a one-word no and a question of the bot's own is open.</summary>
    public static bool IsBackOut(ConversationState state, string text) =>
        (state.Pending is { Asked: not null } || state.AwaitingExtension is not null) && NoWords.Match(text);

    /// <summary>The note for a question this turn left unanswered and closed, or null when none was.</summary>
    public static string? Dropped(ConversationState before, TurnContext context)
    {
        if (context.AnsweredPending)
        {
            return null;
        }

        if (before.Pending is { Kind: not PendingKind.UploadDeadline } dropped && context.State.Pending?.Id != dropped.Id)
        {
            return dropped switch
            {
                { Unanswered: { } undecided } => $"Lưu ý: câu hỏi trước {undecided} chưa được trả lời.",
                { Asked: { } asked } => $"Lưu ý: câu hỏi trước chưa được trả lời nên bot bỏ câu hỏi đó, chưa làm gì theo nó: {asked}",
                _ => null,
            };
        }

        return before.AwaitingExtension is not null && context.State.AwaitingExtension is null
            ? "Lưu ý: câu hỏi trước chưa được trả lời nên bot chưa gửi đề nghị gia hạn nào: Xin gia hạn đến ngày nào?"
            : null;
    }
}
