using QcdcBot.Bot.Conversation.Routing;

namespace QcdcBot.Bot.Conversation.Commands;

internal sealed class DenyExtensionHandler(ExtensionDecision decision, RefusalReason reason) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["tuchoi"];

    public Access Access => Access.Admin;

    public string Help => "/tuchoi <số> [lý do] — từ chối đề nghị gia hạn; lý do được gửi cho đơn vị";

    public Task HandleAsync(TurnContext context, string arguments, CancellationToken ct) => decision.DecideAsync(context, arguments, approve: false, ct);

    /// <summary>The answer to "Lý do từ chối?" (see <see cref="RefusalReason"/>).</summary>
    public Task<bool> TryAnswerReasonAsync(TurnContext context, string text, CancellationToken ct) => reason.TryAnswerAsync(context, text, ct);
}
