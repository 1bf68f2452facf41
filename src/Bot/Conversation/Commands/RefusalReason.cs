using QcdcBot.Bot.Conversation.Routing;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// The answer to "Lý do từ chối?" after an admin refused an extension request by its number: the text is the reason
/// the unit is told, "0" or "không" refuses without one; a command instead leaves the request waiting, and says so.
/// </summary>
internal sealed class RefusalReason(ExtensionDecision decision)
{
    private static readonly string[] None = ["0", "không", "khong", "ko", "k", "không có", "khong co", "không cần", "khong can"];

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
            context.Reply($"Bot đang chờ lý do từ chối đề nghị số {id}; đề nghị chưa bị từ chối. Gõ lý do (được gửi cho đơn vị), hoặc \"0\" / \"không\" để từ chối không nêu lý do.");
            return true;
        }

        if (TypedChoice.TryRead(said, out var typed, out _) && typed != WayOut.Number)
        {
            // A bare number is no reason: most likely a choice on a message that came in meanwhile. Nothing is decided.
            var meant = context.State.Pending is { Asked: null } shown && QuestionStack.Decides(shown) && typed <= shown.Options.Count
                ? $" Nếu số {typed} là để trả lời tin vừa đến ({shown.Shown}), gõ: {shown.Options[typed - 1]}."
                : string.Empty;
            context.Reply($"Bot đang chờ lý do từ chối đề nghị số {id}, nên số {typed} chưa chọn gì và đề nghị chưa bị từ chối. Gõ lý do (được gửi cho đơn vị), hoặc \"0\" / \"không\" để từ chối không nêu lý do.{meant}");
            return true;
        }

        context.State = context.State with { AwaitingRefusalReason = null };
        if (Storage.Text.VietnameseFold.Fold(said) is "thoi" or "huy" or "thoi khong tu choi" or "khong tu choi nua" or "thoi khong tu choi nua")
        {
            // "thôi": the admin changed their mind; the request is neither refused nor lost, it waits as before.
            context.Reply($"Chưa từ chối đề nghị số {id}; đề nghị vẫn chờ trả lời: /duyet {id} hoặc /tuchoi {id} <lý do>.");
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

        var none = None.Contains(said, StringComparer.OrdinalIgnoreCase);
        await decision.DecideAsync(context, none ? $"{id} xacnhan" : $"{id} {said} xacnhan", approve: false, ct);
        if (context.State.Pending is { Asked: null } arrived && QuestionStack.Decides(arrived))
        {
            // A request or claim that came in while the reason was asked is shown again, and its numbers still answer it.
            context.AskAgain(arrived, OpenQuestions.Again("Còn chờ bạn trả lời", arrived));
        }

        return true;
    }
}
