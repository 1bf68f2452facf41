using QcdcBot.Bot.Conversation.Routing;

namespace QcdcBot.Bot.Conversation.Commands;

internal sealed class DenyExtensionHandler(ExtensionDecision decision) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["tuchoi"];

    public Access Access => Access.Admin;

    public string Help => "/tuchoi <số> [lý do] — từ chối đề nghị gia hạn; lý do được gửi cho đơn vị";

    public Task HandleAsync(TurnContext context, string arguments, CancellationToken ct) => decision.DecideAsync(context, arguments, approve: false, ct);
}
