using QcdcBot.Bot.Conversation.Routing;

namespace QcdcBot.Bot.Conversation.Commands;

internal sealed class ApproveExtensionHandler(ExtensionDecision decision) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["duyet"];

    public Access Access => Access.Admin;

    public string Help => "/duyet <số> — đồng ý đề nghị gia hạn";

    public Task HandleAsync(TurnContext context, string arguments, CancellationToken ct) => decision.DecideAsync(context, arguments, approve: true, ct);
}
