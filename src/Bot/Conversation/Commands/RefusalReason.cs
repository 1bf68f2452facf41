using QcdcBot.Bot.Conversation.Routing;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// The answer to "Lý do từ chối?" after an admin refused an extension request by its number: the text is the reason
/// the unit is told, "bỏ qua" (or "không nêu lý do") refuses without one; "0", "không", "thôi" back out, as they do at
/// every other question, so the habitual "no" never refuses; a command instead leaves the request waiting, and says so.
/// </summary>
internal sealed class RefusalReason(ExtensionDecision decision)
{
    /// <summary>Refuse with no reason: words of their own, never a "no" (folded).</summary>
    private static readonly string[] None = ["bo qua", "bo qua ly do", "khong neu ly do", "khong ly do", "khong co ly do", "khong can ly do", "tu choi khong neu ly do"];

    /// <summary>"No" at this question backs out, as at every other (folded).</summary>
    private static readonly string[] BackOut = ["0", "khong", "ko", "k", "kh", "khong a", "ko a", "khong co", "khong can", "thoi", "huy", "thoi khong tu choi", "khong tu choi nua", "thoi khong tu choi nua", "khong tu choi"];

    private const string Hint = "Gõ lý do (được gửi cho đơn vị), hoặc \"bỏ qua\" để từ chối không nêu lý do; \"0\" hoặc \"không\" để chưa từ chối.";

    public async Task<bool> TryAnswerAsync(TurnContext context, string text, CancellationToken ct)
    {
        if (context.State.AwaitingRefusalReason is not { } id || !context.Caller.IsAdmin)
        {
            return false;
        }

        var said = text.Trim().TrimEnd('.', '!');
        // With or without its slash ("tuchoi 2"): a command word and the request's number are no reason.
        if (CommandLine.Parse(said) is { Name: "tuchoi" } again &&
            again.Arguments.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries) is [var number] && number.TrimStart('#') == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            // "/tuchoi 2" typed (or tapped twice) while its reason is asked: the same refusal, still without a reason;
            // nothing is decided on it, and the reason question stays open, so the reason typed next reaches the unit.
            context.Reply($"Bot đang chờ lý do từ chối đề nghị số {id}; đề nghị chưa bị từ chối. {Hint}");
            return true;
        }

        if (TypedChoice.TryRead(said, out var typed, out _) && typed != WayOut.Number)
        {
            // A bare number is no reason: most likely a choice on a message that came in meanwhile. Nothing is decided.
            var meant = context.State.Pending is { Asked: null } shown && QuestionStack.Decides(shown) && typed <= shown.Options.Count
                ? $" Nếu số {typed} là để trả lời tin vừa đến ({shown.Shown}), gõ: {shown.Options[typed - 1]}."
                : string.Empty;
            context.Reply($"Bot đang chờ lý do từ chối đề nghị số {id}, nên số {typed} chưa chọn gì và đề nghị chưa bị từ chối. {Hint}{meant}");
            return true;
        }

        context.State = context.State with { AwaitingRefusalReason = null };
        var folded = Storage.Text.VietnameseFold.Fold(said);
        if (BackOut.Contains(folded, StringComparer.Ordinal))
        {
            // "thôi", "0", "không": the admin changed their mind or said the habitual "no"; the request is neither refused
            // nor lost, it waits as before.
            context.Reply($"Chưa từ chối đề nghị số {id}; đề nghị vẫn chờ trả lời: /duyet {id}, hoặc /tuchoi {id} <lý do> " +
                          $"(từ chối không nêu lý do: /tuchoi {id} rồi gõ \"bỏ qua\").");
            return true;
        }

        if (CommandLine.Parse(said) is { HadSlash: true, Name: "tuchoi" } withReason &&
            withReason.Arguments.Trim().Split(' ', 2)[0].TrimStart('#') == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            // "/tuchoi 2 <lý do>": the refusal itself, with its reason; the command says what it did.
            return false;
        }

        if (CommandLine.Parse(said) is { HadSlash: true })
        {
            // Another command: the refusal is not made on a guess; the request still waits, and the admin hears so.
            context.Reply($"(Đề nghị gia hạn số {id} chưa bị từ chối, vẫn chờ trả lời: /tuchoi {id} <lý do>.)");
            return false;
        }

        var none = None.Contains(folded, StringComparer.Ordinal);
        await decision.DecideAsync(context, none ? $"{id} xacnhan" : $"{id} {said} xacnhan", approve: false, ct);
        if (context.State.Pending is { Asked: null } arrived && QuestionStack.Decides(arrived))
        {
            // A request or claim that came in while the reason was asked is shown again, and its numbers still answer it.
            context.AskAgain(arrived, OpenQuestions.Again("Còn chờ bạn trả lời", arrived));
        }

        return true;
    }
}
