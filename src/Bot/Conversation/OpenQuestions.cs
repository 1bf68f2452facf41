using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Conversation;

/// <summary>
/// One rule for every question the bot asks in a turn (a choice, a confirmation, "năm nay hay năm sau?", "đến ngày
/// nào?"): "thôi", "không", "hủy" close it with nothing done, and a question left for another message is named as
/// dropped, nothing done, never lost without a word. (A reminder's buttons are no question: they carry no wording.)
/// </summary>
internal static partial class OpenQuestions
{
    /// <summary>How much of a question is quoted back when it is dropped.</summary>
    private const int QuotedLength = 160;

    /// <summary>The words a question is remembered by: its first line, shortened.</summary>
    public static string Summary(string question) => TextCut.Excerpt(question.Split('\n', 2)[0].Trim(), QuotedLength);

    /// <summary>
    /// The one wording of a question shown again (put aside by a later one, or answered with something it did not
    /// understand): the lead, then the question's own words or the message that offered the choices, so the repeated
    /// choices always say what they decide and about which deadline or request.
    /// </summary>
    public static string Again(string lead, PendingQuestion question)
    {
        var words = question switch
        {
            { Unanswered: { } change } => $"{change}?",
            { Asked: { } asked } => asked,
            { Shown: { } shown } => shown,
            { AboutDeadlineId: { } id } => $"việc #{id}",
            _ => null,
        };
        return words is null ? $"{lead}." : $"{lead}: {words}";
    }

    /// <summary>A message's first line as a question's subject: "⏰ Nhắc việc #10: …" → "Nhắc việc #10: …".</summary>
    public static string Subject(string message)
    {
        var line = Summary(message);
        var start = 0;
        while (start < line.Length && !char.IsLetterOrDigit(line[start]) && line[start] is not ('#' or '"'))
        {
            start++;
        }

        return line[start..];
    }

    // How much of a question is named in the one-sentence note that it was dropped.
    private const int BriefLength = 90;

    /// <summary>The note for a question this turn left unanswered and closed, or null when none was.</summary>
    public static string? Dropped(ConversationState before, TurnContext context)
    {
        if (context.AnsweredPending)
        {
            return null;
        }

        if (before.Pending is { Kind: not (PendingKind.UploadDeadline or PendingKind.PageOrVersion) } dropped && context.State.Pending?.Id != dropped.Id)
        {
            // One sentence: the question named briefly, that nothing was done, and how to have it done after all.
            return dropped switch
            {
                { Unanswered: { } brief, Options: [var command, ..] } when command.StartsWith('/') =>
                    $"Lưu ý: câu hỏi trước ({brief}) chưa được trả lời nên chưa đổi gì — nếu vẫn cần, gõ: {Confirmation.Readable(command)}",
                { Unanswered: { } brief } => $"Lưu ý: câu hỏi trước ({brief}) chưa được trả lời nên chưa đổi gì.",
                { Asked: { } asked } => $"Lưu ý: câu hỏi trước ({Brief(asked)}) chưa được trả lời nên bot chưa làm gì theo nó — gõ lại lệnh nếu vẫn cần.",
                _ => null,
            };
        }

        return before.AwaitingExtension is not null && context.State.AwaitingExtension is null
            ? $"Lưu ý: câu hỏi trước (xin gia hạn{(before.AwaitingExtensionFor is { } id ? $" việc #{id}" : string.Empty)} đến ngày nào) chưa được trả lời nên bot chưa gửi đề nghị gia hạn nào — {ExtensionRetyped(before)}."
            : null;
    }

    /// <summary>"Ghi nhận \"đang làm\" cho việc nào?" → "ghi nhận \"đang làm\" cho việc nào": fits in brackets inside a sentence.</summary>
    private static string Brief(string asked)
    {
        // Its own remarks in brackets ("(tính từ hạn của việc đó)") would nest in the note's: they are left out.
        var brief = TextCut.Excerpt(Bracketed().Replace(asked, string.Empty).Trim().TrimEnd('?', '.', ':', ' '), BriefLength);
        return brief.Length > 1 && char.IsUpper(brief[0]) && !char.IsUpper(brief[1]) ? char.ToLowerInvariant(brief[0]) + brief[1..] : brief;
    }

    // A remark in brackets, not a unit's code ("(CTK)" names whom the question was about and stays).
    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\((?![\p{Lu}0-9]+\))[^()]*\)")]
    private static partial System.Text.RegularExpressions.Regex Bracketed();
}
