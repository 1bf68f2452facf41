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

        context.State = context.State with { AwaitingRefusalReason = null };
        var said = text.Trim().TrimEnd('.', '!');
        if (CommandLine.Parse(said) is { HadSlash: true })
        {
            // Another command: the refusal is not made on a guess; the request still waits, and the admin hears so.
            context.Reply($"(Đề nghị gia hạn số {id} chưa bị từ chối, vẫn chờ trả lời: /tuchoi {id} <lý do>.)");
            return false;
        }

        var none = None.Contains(said, StringComparer.OrdinalIgnoreCase);
        await decision.DecideAsync(context, none ? $"{id} xacnhan" : $"{id} {said} xacnhan", approve: false, ct);
        return true;
    }
}
